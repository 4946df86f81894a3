import type { Metadata } from "next";
import Link from "next/link";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionButton } from "@/components/forms/ActionButton";
import { ActionForm } from "@/components/forms/ActionForm";
import { ConfirmActionButton } from "@/components/forms/ConfirmActionButton";
import {
  createWebhookAction,
  deleteWebhookAction,
  sendTestWebhookAction,
  setWebhookActiveAction,
} from "@/lib/actions/webhooks";
import { apiRequest } from "@/lib/api/apiRequest";
import type { ApiItem } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Webhooks" };

type Webhook = ApiItem<"/orgs/{orgId}/webhooks">;

const events = [
  ["anchored", "Events anchored on chain"],
  ["recalled", "Recalls declared or lifted"],
  ["attested", "Attestations by auditors"],
  ["recall.affects", "A recall reaches lots you made or received (declared or lifted)"],
] as const;

export default async function WebhooksPage({ params }: PageProps<"/dashboard/[orgId]/webhooks">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  const intro = (
    <div>
      <h1 className="page-title">Webhooks</h1>
      <p className="muted">
        Tracemark posts signed JSON to your HTTPS endpoint when these happen. A paused webhook receives
        nothing until you resume it.
      </p>
    </div>
  );
  if (!roleAtLeast(role, "admin")) {
    return (
      <>
        {intro}
        <RoleRequired minimum="admin" role={role} to="see and manage webhooks" />
      </>
    );
  }
  const list = await apiRequest<Webhook[]>(`/orgs/${orgId}/webhooks`);
  return (
    <>
      {intro}
      {list.length === 0 ? (
        <p className="empty">No webhooks yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">State</th>
                <th scope="col">Added</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((h) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="card stack" aria-labelledby="new-hook">
        <h2 id="new-hook">Add a webhook</h2>
        <ActionForm
          action={createWebhookAction.bind(null, orgId)}
          submitLabel="Add webhook"
          aria-label="Add a webhook"
        >
          <label className="field">
            <span>Endpoint URL</span>
            <input
              className="input"
              name="url"
              type="url"
              required
              placeholder="https://erp.example.com/hooks/tracemark"
            />
          </label>
          <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="field">
              <span>Send when</span>
            </legend>
            {events.map(([value, label]) => (
              <label key={value} className="row" style={{ alignItems: "center" }}>
                <input type="checkbox" name="events" value={value} defaultChecked />
                {label}
              </label>
            ))}
          </fieldset>
        </ActionForm>
      </section>
    </>
  );
}
