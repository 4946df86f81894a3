import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { ForRole } from "@/components/dashboard/RoleRequired";
import { ActionButton } from "@/components/forms/ActionButton";
import { ConfirmActionButton } from "@/components/forms/ConfirmActionButton";
import { Field } from "@/components/forms/Field";
import { FormCard } from "@/components/forms/FormCard";
import {
  createWebhookAction,
  deleteWebhookAction,
  sendTestWebhookAction,
  setWebhookActiveAction,
} from "@/lib/actions/webhooks";
import { api, dataOf } from "@/lib/api/api";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { requireOrgRole } from "@/lib/session/requireOrgRole";
import { webhookEventWords } from "@/lib/webhooks/webhookEvents";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ params }: PageProps<"/dashboard/[orgId]/webhooks">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  return (
    <>
      <PageIntro title="Webhooks">
        Tracemark posts signed JSON to your HTTPS endpoint when these happen. A paused webhook receives
        nothing until you resume it.
      </PageIntro>
      <ForRole minimum="admin" role={role} to="see and manage webhooks">
        <Webhooks orgId={orgId} />
      </ForRole>
    </>
  );
}

async function Webhooks({ orgId }: { orgId: string }) {
  const list = await dataOf(api.GET("/orgs/{orgId}/webhooks", { params: { path: { orgId } } }));
  return (
    <>
      <DataTable
        columns={["URL", "Events", "State", "Added"]}
        actions
        items={list}
        empty="No webhooks yet."
        row={(h) => (
          <tr key={h.id}>
            <td className="mono">
              {h.url}
              <div>
                <Link href={orgPath(orgId, "webhooks", h.id)} aria-label={`Delivery log of ${h.url}`}>
                  Delivery log
                </Link>
              </div>
            </td>
            <td>{h.events.join(", ")}</td>
            <td>
              <span className="badge" data-tone={h.active ? "ok" : undefined}>
                {h.active ? "Active" : "Paused"}
              </span>
            </td>
            <td>{formatDate(h.createdAt)}</td>
            <td>
              <div className="row" style={{ alignItems: "center", flexWrap: "nowrap" }}>
                {h.active && (
                  <ActionButton
                    action={sendTestWebhookAction.bind(null, orgId, h.id)}
                    label="Send test"
                    aria-label={`Send a test delivery to ${h.url}`}
                    pendingLabel="Sending…"
                  />
                )}
                <ActionButton
                  action={setWebhookActiveAction.bind(null, orgId, h.id, !h.active)}
                  label={h.active ? "Pause" : "Resume"}
                  aria-label={`${h.active ? "Pause" : "Resume"} ${h.url}`}
                  pendingLabel={h.active ? "Pausing…" : "Resuming…"}
                />
                <ConfirmActionButton
                  action={deleteWebhookAction.bind(null, orgId, h.id)}
                  label="Delete"
                  aria-label={`Delete ${h.url}`}
                  pendingLabel="Deleting…"
                  title="Delete this webhook?"
                  description={`Tracemark stops posting to ${h.url} and drops deliveries still waiting. This cannot be undone; to stop for a while, pause it instead.`}
                  confirmLabel="Delete webhook"
                />
              </div>
            </td>
          </tr>
        )}
      />
      <FormCard
        id="new-hook"
        title="Add a webhook"
        action={createWebhookAction.bind(null, orgId)}
        submitLabel="Add webhook"
      >
        <Field
          label="Endpoint URL"
          name="url"
          type="url"
          required
          placeholder="https://erp.example.com/hooks/tracemark"
        />
        <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="field">
            <span>Send when</span>
          </legend>
          {webhookEventWords.map(([value, label]) => (
            <label key={value} className="row" style={{ alignItems: "center" }}>
              <input type="checkbox" name="events" value={value} defaultChecked />
              {label}
            </label>
          ))}
        </fieldset>
      </FormCard>
    </>
  );
}
