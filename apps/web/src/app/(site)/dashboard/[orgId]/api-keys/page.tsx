import type { Metadata } from "next";
import { DataTable } from "@/components/DataTable/DataTable";
import { roleNames } from "@/components/dashboard/labels";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { ForRole } from "@/components/dashboard/RoleRequired";
import { ConfirmActionButton } from "@/components/forms/ConfirmActionButton";
import { Field } from "@/components/forms/Field";
import { FormCard } from "@/components/forms/FormCard";
import { SelectField } from "@/components/forms/SelectField";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/actions/apiKeys";
import { api, dataOf } from "@/lib/api/api";
import { formatDate } from "@/lib/format/formatEventTime";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "API keys" };

/** The roles a key can act with: never ownership. */
const keyRoles = (["viewer", "operator", "admin"] as const).map((r) => [r, roleNames[r]] as const);

export default async function ApiKeysPage({ params }: PageProps<"/dashboard/[orgId]/api-keys">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  return (
    <>
      <PageIntro title="API keys">
        For ERP, WMS and IoT gateways: send it as a bearer token. A key acts with its role.
      </PageIntro>
      <ForRole minimum="admin" role={role} to="see and manage API keys">
        <ApiKeys orgId={orgId} />
      </ForRole>
    </>
  );
}

async function ApiKeys({ orgId }: { orgId: string }) {
  const list = await dataOf(api.GET("/orgs/{orgId}/api-keys", { params: { path: { orgId } } }));
  return (
    <>
      <DataTable
        columns={["Name", "Key", "Role", "Last used"]}
        actions
        items={list}
        empty="No keys yet."
        row={(k) => (
          <tr key={k.id}>
            <td>{k.name}</td>
            <td className="mono">{k.prefix}…</td>
            <td>{k.role}</td>
            <td>{k.revokedAt ? `Revoked ${formatDate(k.revokedAt)}` : formatDate(k.lastUsedAt)}</td>
            <td>
              {!k.revokedAt && (
                <ConfirmActionButton
                  action={revokeApiKeyAction.bind(null, orgId, k.id)}
                  label="Revoke"
                  aria-label={`Revoke ${k.name}`}
                  pendingLabel="Revoking…"
                  title={`Revoke the API key ${k.name}?`}
                  description={`Every integration using the key ${k.prefix}… is refused from now on, and the key never works again: they would need a new one.`}
                  confirmLabel="Revoke key"
                />
              )}
            </td>
          </tr>
        )}
      />
      <FormCard
        id="new-key"
        title="Create a key"
        action={createApiKeyAction.bind(null, orgId)}
        submitLabel="Create key"
        aria-label="Create an API key"
      >
        <div className="row">
          <Field label="Name" grow name="name" required maxLength={100} placeholder="Warehouse gateway" />
          <SelectField label="Role" name="role" defaultValue="operator" options={keyRoles} />
        </div>
      </FormCard>
    </>
  );
}
