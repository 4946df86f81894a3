import { buildDigitalLink } from "@tracemark/sdk";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { AttestationList } from "@/components/dashboard/AttestationList";
import { EventList } from "@/components/dashboard/EventList";
import { type Trace, TraceGraph } from "@/components/dashboard/TraceGraph";
import { ActionForm } from "@/components/forms/ActionForm";
import {
  createSerialsAction,
  declareRecallAction,
  liftRecallAction,
  requestAuditAction,
} from "@/lib/actions/org";
import { apiRequest } from "@/lib/api/apiRequest";
import { placeNames } from "@/lib/api/placeNames";
import { settle } from "@/lib/api/settle";
import type { Attestation, Location, Lot, Page, QueriedEvent, Recall } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";

export const metadata: Metadata = { title: "Lot" };

type Attachment = { sha256: string; contentType: string; size: number; fileName: string | null };

export default async function LotPage({ params }: PageProps<"/dashboard/[orgId]/lots/[lotId]">) {
  const { orgId, lotId } = await params;
  const [lot, events, trace, attestations, recalls, auditors, locations] = await Promise.all([
    apiRequest<Lot>(`/orgs/${orgId}/lots/${lotId}`),
    settle(apiRequest<Page<QueriedEvent>>(`/orgs/${orgId}/events`, { query: { lotId, limit: 500 } })),
    settle(apiRequest<Trace>(`/orgs/${orgId}/lots/${lotId}/trace`)),
    settle(apiRequest<Page<Attestation>>(`/orgs/${orgId}/attestations`, { query: { lotId } })),
    settle(apiRequest<Page<Recall>>(`/orgs/${orgId}/recalls`, { query: { lotId, status: "active" } })),
    settle(apiRequest<{ id: string; displayName: string; walletAddress: string }[]>("/auditors")),
    settle(apiRequest<Page<Location>>(`/orgs/${orgId}/locations`, { query: { limit: 200 } })),
  ]);
  const eventItems = events.ok ? events.value.items : [];
  // Documents attached to the lot's events (each event's detail lists its attachments).
  const details = await Promise.all(
    eventItems
      .slice(-30)
      .map((e) => settle(apiRequest<{ attachments: Attachment[] }>(`/orgs/${orgId}/events/${e.id}`))),
  );
  const documents = [
    ...new Map(details.flatMap((d) => (d.ok ? d.value.attachments : [])).map((a) => [a.sha256, a])).values(),
  ];
  const publicPath = buildDigitalLink({ gtin: lot.gtin, lot: lot.lotCode });
  const activeRecall = recalls.ok ? recalls.value.items[0] : undefined;
  const statuses = eventItems.map((e) => e.anchor.status);
  const chain =
    statuses.length === 0
      ? { tone: "unknown", text: "No events yet" }
      : statuses.every((s) => s === "final")
        ? { tone: "ok", text: "All events final on chain" }
        : statuses.every((s) => s === "anchored" || s === "final")
          ? { tone: "ok", text: "All events anchored" }
          : {
              tone: "degraded",
              text: `${statuses.filter((s) => s === "pending" || s === "submitted").length} waiting for the chain`,
            };
  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted">
            <Link href={orgPath(orgId, "products", lot.productId)}>{lot.productName}</Link> / GTIN{" "}
            <span className="mono">{lot.gtin}</span>
          </p>
          <h1 className="page-title">Lot {lot.lotCode}</h1>
          <p className="muted">
            Produced {formatDate(lot.productionDate)} · expires {formatDate(lot.expiryDate)}
            {lot.quantity ? ` · ${lot.quantity} ${lot.unit ?? ""}` : ""}
          </p>
        </div>
        <div className="row">
          <span className="badge" data-tone={chain.tone} data-testid="chain-status">
            {chain.text}
          </span>
          {lot.recallState === "recalled" && (
            <span className="badge" data-tone="down">
              Recalled
            </span>
          )}
        </div>
      </div>
      <div className="row">
        <Link href={orgPath(orgId, "lots", lotId, "events", "new")} className="btn">
          Record an event
        </Link>
        <Link href={orgPath(orgId, "lots", lotId, "labels")} className="btn btn-secondary">
          Print QR labels
        </Link>
        <Link href={publicPath as Route} className="btn btn-secondary">
          Open public page
        </Link>
      </div>
      <section className="stack" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        {events.ok ? (
          <EventList
            events={eventItems}
            empty="No events recorded for this lot yet."
            placeNames={placeNames(locations.ok ? locations.value.items : [])}
          />
        ) : (
          <p className="form-error">{events.error}</p>
        )}
      </section>
      <section className="stack" aria-labelledby="trace-title">
        <h2 id="trace-title">Trace</h2>
        {trace.ok ? (
          trace.value.nodes.length > 1 ? (
            <TraceGraph trace={trace.value} selfId={trace.value.root ?? ""} />
          ) : (
            <p className="muted">This lot is not linked to other lots or items yet.</p>
          )
        ) : (
          <p className="muted">{trace.error}</p>
        )}
      </section>
      <section className="card stack" aria-labelledby="documents-title">
        <h2 id="documents-title">Documents</h2>
        {documents.length === 0 ? (
          <p className="muted">No documents attached. Attach them when you record an event.</p>
        ) : (
          <ul className="stack" style={{ margin: 0, paddingLeft: "var(--space-5)" }}>
            {documents.map((d) => (
              <li key={d.sha256}>
                <a href={`/api/v1/orgs/${orgId}/documents/${d.sha256}`} download={d.fileName ?? d.sha256}>
                  {d.fileName ?? "Document"}
                </a>{" "}
                <span className="muted">
                  {d.size < 1024 ? `${d.size} bytes` : `${(d.size / 1024).toFixed(1)} KiB`} ·{" "}
                  <span className="mono">sha256 {d.sha256.slice(0, 16)}…</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="grid-2">
        <section className="card stack" aria-labelledby="attestations-title">
          <h2 id="attestations-title">Attestations</h2>
          {attestations.ok ? (
            <AttestationList items={attestations.value.items} empty="No auditor has attested this lot yet." />
          ) : (
            <p className="muted">{attestations.error}</p>
          )}
          {auditors.ok && auditors.value.length > 0 && (
            <ActionForm
              action={requestAuditAction.bind(null, orgId, lotId)}
              submitLabel="Ask for an audit"
              tone="secondary"
              aria-label="Ask an auditor"
            >
              <label className="field">
                <span>Auditor</span>
                <select className="input" name="auditorId" required>
                  {auditors.value.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.displayName}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>Note for the auditor</span>
                <input className="input" name="note" maxLength={2000} />
              </label>
            </ActionForm>
          )}
        </section>
        <section className="card stack" aria-labelledby="recall-title">
          <h2 id="recall-title">Recall</h2>
          {activeRecall ? (
            <>
              <p className="form-error">
                Recalled since {formatDate(activeRecall.declaredAt)}: {activeRecall.reason}
              </p>
              <ActionForm
                action={liftRecallAction.bind(null, orgId, activeRecall.id)}
                submitLabel="Lift recall"
                tone="secondary"
                aria-label="Lift recall"
              >
                <label className="field">
                  <span>Why it is lifted</span>
                  <input className="input" name="reason" required />
                </label>
              </ActionForm>
            </>
          ) : (
            <ActionForm
              action={declareRecallAction.bind(null, orgId, lotId)}
              submitLabel="Declare recall"
              tone="danger"
              aria-label="Declare recall"
            >
              <p className="muted">
                Shown at once on the public page of every item of this lot, and declared on chain.
              </p>
              <label className="field">
                <span>Reason shown to shoppers</span>
                <input className="input" name="reason" required maxLength={2000} />
              </label>
            </ActionForm>
          )}
        </section>
      </div>
      <section className="card stack" aria-labelledby="serials-title">
        <h2 id="serials-title">Serialised items</h2>
        <ActionForm
          action={createSerialsAction.bind(null, orgId, lotId)}
          submitLabel="Register serials"
          tone="secondary"
          aria-label="Register serials"
          className="stack"
        >
          <div className="row">
            <label className="field">
              <span>Prefix</span>
              <input className="input" name="prefix" maxLength={19} />
            </label>
            <label className="field">
              <span>From</span>
              <input className="input" name="from" type="number" min={0} required />
            </label>
            <label className="field">
              <span>To</span>
              <input className="input" name="to" type="number" min={0} required />
            </label>
          </div>
        </ActionForm>
      </section>
    </>
  );
}
