import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/DataTable/DataTable";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionButton } from "@/components/forms/ActionButton";
import { redeliverWebhookAction, sendTestWebhookAction } from "@/lib/actions/webhooks";
import { api, dataOf } from "@/lib/api/api";
import type { ApiItem } from "@/lib/api/types";
import { formatEventTime } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Webhook deliveries" };

type Delivery = ApiItem<"/orgs/{orgId}/webhooks/{webhookId}/deliveries">;

const statusText: Record<Delivery["status"], [string, string | undefined]> = {
  waiting: ["Waiting", undefined],
  delivered: ["Delivered", "ok"],
  failing: ["Failing, retrying", "degraded"],
  given_up: ["Given up", "down"],
};

/** What the receiver last answered, in words. */
function lastAnswer(delivery: Delivery): string {
  if (delivery.attempts === 0) return "Not sent yet";
  if (delivery.lastStatus !== null) return `HTTP ${delivery.lastStatus}`;
  return delivery.lastError ?? "—";
}

/** One webhook's delivery log, newest first, a page at a time, with Send test and Redeliver. */
export default async function WebhookDeliveriesPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/webhooks/[webhookId]">) {
  const [{ orgId, webhookId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  if (!roleAtLeast(role, "admin"))
    return <RoleRequired minimum="admin" role={role} to="see a webhook's deliveries" />;
  const webhooks = await dataOf(api.GET("/orgs/{orgId}/webhooks", { params: { path: { orgId } } }));
  const webhook = webhooks.find((w) => w.id === webhookId);
  if (!webhook) notFound();
  const cursor = searchParam(search, "cursor");
  const log = await dataOf(
    api.GET("/orgs/{orgId}/webhooks/{webhookId}/deliveries", {
      params: { path: { orgId, webhookId }, query: { limit: 20, cursor: cursor || undefined } },
    }),
  );
  const here = orgPath(orgId, "webhooks", webhookId);
  return (
    <>
      <div>
        <p>
          <Link href={orgPath(orgId, "webhooks")}>← Webhooks</Link>
        </p>
        <h1 className="page-title">Deliveries</h1>
        <p className="muted mono">{webhook.url}</p>
      </div>
      <ActionButton
        action={sendTestWebhookAction.bind(null, orgId, webhookId)}
        label="Send test"
        pendingLabel="Sending…"
        tone="primary"
      />
      <DataTable
        columns={["Delivery", "Type", "Status", "Attempts", "Last answer", "Next attempt"]}
        actions
        items={log.items}
        aria-label="Delivery log"
        empty="Nothing sent to this webhook yet."
        row={(d) => {
          const [label, tone] = statusText[d.status];
          return (
            <tr key={d.id} data-delivery={d.id}>
              <td className="mono">
                #{d.id}
                <div className="muted">{formatEventTime(d.createdAt)}</div>
              </td>
              <td>{d.type}</td>
              <td>
                <span className="badge" data-tone={tone}>
                  {label}
                </span>
              </td>
              <td>{d.attempts}</td>
              <td title={d.lastError ?? undefined}>{lastAnswer(d)}</td>
              <td>{d.nextAttemptAt ? formatEventTime(d.nextAttemptAt) : "—"}</td>
              <td>
                {(d.status === "delivered" || d.status === "given_up") && (
                  <ActionButton
                    action={redeliverWebhookAction.bind(null, orgId, webhookId, d.id)}
                    label="Redeliver"
                    aria-label={`Redeliver #${d.id}`}
                    pendingLabel="Queuing…"
                  />
                )}
              </td>
            </tr>
          );
        }}
      />
      <div className="row">
        {cursor && (
          <Link href={here} className="btn btn-secondary">
            Newest
          </Link>
        )}
        {log.nextCursor && (
          <Link href={`${here}?cursor=${log.nextCursor}` as Route} className="btn btn-secondary">
            Older deliveries
          </Link>
        )}
      </div>
    </>
  );
}
