import type { Metadata } from "next";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { ConfirmActionButton } from "@/components/forms/ConfirmActionButton";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/actions/apiKeys";
import { apiRequest } from "@/lib/api/apiRequest";
import type { ApiKey } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: PageProps<"/dashboard/[orgId]/api-keys">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  const intro = (
    <div>
      <h1 className="page-title">API keys</h1>
      <p className="muted">
        For ERP, WMS and IoT gateways: send it as a bearer token. A key acts with its role.
      </p>
    </div>
  );
  if (!roleAtLeast(role, "admin")) {
    return (
      <>
        {intro}
        <RoleRequired minimum="admin" role={role} to="see and manage API keys" />
      </>
    );
  }
  const list = await apiRequest<ApiKey[]>(`/orgs/${orgId}/api-keys`);
  return (
    <>
      {intro}
      {list.length === 0 ? (
        <p className="empty">No keys yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Role</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((k) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="card stack" aria-labelledby="new-key">
        <h2 id="new-key">Create a key</h2>
        <ActionForm
          action={createApiKeyAction.bind(null, orgId)}
          submitLabel="Create key"
          aria-label="Create an API key"
        >
          <div className="row">
            <label className="field" style={{ flex: 1 }}>
              <span>Name</span>
              <input className="input" name="name" required maxLength={100} placeholder="Warehouse gateway" />
            </label>
            <label className="field">
              <span>Role</span>
              <select className="input" name="role" defaultValue="operator">
                <option value="viewer">Viewer</option>
                <option value="operator">Operator</option>
                <option value="admin">Admin</option>
              </select>
            </label>
          </div>
        </ActionForm>
      </section>
    </>
  );
}
