import type { Metadata } from "next";
import Link from "next/link";
import { attestationStatusWords } from "@/components/dashboard/AttestationList";
import styles from "@/components/dashboard/dashboard.module.css";
import { EventList } from "@/components/dashboard/EventList";
import { orgStatusWords } from "@/components/dashboard/labels";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionButton } from "@/components/forms/ActionButton";
import { receiveTransferAction } from "@/lib/actions/transfers";
import { api, dataOf } from "@/lib/api/api";
import { partyNames } from "@/lib/api/partyNames";
import { settle } from "@/lib/api/settle";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Overview" };

/** The latest events the overview reads: the recent ones and those still waiting for the chain. */
const LATEST = 100;

export default async function OverviewPage({ params }: PageProps<"/dashboard/[orgId]">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  const writes = roleAtLeast(role, "operator");
  const [org, lots, events, recalls, attestations, incoming] = await Promise.all([
    dataOf(api.GET("/orgs/{orgId}", { params: { path: { orgId } } })),
    settle(dataOf(api.GET("/orgs/{orgId}/lots", { params: { path: { orgId }, query: { limit: 200 } } }))),
    settle(
      dataOf(
        api.GET("/orgs/{orgId}/events", {
          params: { path: { orgId }, query: { orderBy: "eventTime", orderDirection: "DESC", limit: LATEST } },
        }),
      ),
    ),
    settle(
      dataOf(api.GET("/orgs/{orgId}/recalls", { params: { path: { orgId }, query: { status: "active" } } })),
    ),
    settle(
      dataOf(api.GET("/orgs/{orgId}/attestations", { params: { path: { orgId }, query: { limit: 5 } } })),
    ),
    settle(
      dataOf(
        api.GET("/orgs/{orgId}/transfers", {
          params: { path: { orgId }, query: { direction: "incoming", status: "pending", limit: 20 } },
        }),
      ),
    ),
  ]);
  const eventItems = events.ok ? events.value.items : [];
  const more = events.ok && events.value.nextCursor !== null ? "+" : "";
  // Events wait for the chain a few minutes at most: the waiting ones are among the latest.
  const pending = eventItems.filter(
    (e) => e.anchor.status === "pending" || e.anchor.status === "submitted",
  ).length;
  const recent = eventItems.slice(0, 8);
  return (
    <>
      <div className="page-head">
        <div>
          <h1 className="page-title">{org.name}</h1>
          <p className="muted">
            {org.status === "active"
              ? "Admitted: your events are anchored on chain."
              : org.status === "pending"
                ? "Waiting to be admitted by a platform administrator; events are kept and anchored once admitted."
                : "Suspended: contact the platform administrator."}
          </p>
        </div>
        <span
          className="badge"
          data-tone={org.status === "active" ? "ok" : org.status === "pending" ? "degraded" : "down"}
        >
          {orgStatusWords[org.status]}
        </span>
      </div>
      <div className={styles.stats}>
        <Stat value={lots.ok ? String(lots.value.items.length) : "—"} label="Lots" />
        <Stat value={events.ok ? `${eventItems.length}${more}` : "—"} label="Events recorded" />
        <Stat
          value={events.ok ? `${pending}${pending === LATEST ? "+" : ""}` : "—"}
          label="Waiting for the chain"
        />
        <Stat value={recalls.ok ? String(recalls.value.items.length) : "—"} label="Active recalls" />
      </div>
      <section className="stack" aria-labelledby="recent-title">
        <div className="page-head">
          <h2 id="recent-title">Recent events</h2>
          {writes && (
            <Link href={orgPath(orgId, "lots")} className="btn btn-secondary">
              Record an event
            </Link>
          )}
        </div>
        {events.ok ? (
          <EventList
            orgId={orgId}
            events={recent}
            lots={Object.fromEntries(
              (lots.ok ? lots.value.items : []).map((l) => [`${l.gtin}/${l.lotCode}`, l]),
            )}
            partyNames={partyNames(incoming.ok ? incoming.value.items.map((t) => t.from) : [])}
            empty="No events yet. Open a lot to record its first step."
          />
        ) : (
          <p className="form-error">{events.error}</p>
        )}
      </section>
      <section className="card stack" aria-labelledby="incoming-title">
        <h2 id="incoming-title">Incoming shipments</h2>
        {incoming.ok && incoming.value.items.length === 0 && (
          <p className="muted">
            Nothing on its way to you. Shipments other companies send you appear here to receive.
          </p>
        )}
        {incoming.ok && incoming.value.items.length > 0 && !writes && (
          <RoleRequired minimum="operator" role={role} to="receive shipments" />
        )}
        {incoming.ok &&
          incoming.value.items.map((t) => (
            <div key={t.id} className="row" style={{ justifyContent: "space-between" }}>
              <span>
                <strong>
                  {t.lot.productName} · lot {t.lot.lotCode}
                </strong>{" "}
                <span className="muted">
                  from {t.from.name}, shipped {formatDate(t.shipping.eventTime)}
                </span>
              </span>
              {writes && (
                <ActionButton
                  action={receiveTransferAction.bind(null, orgId, t.id)}
                  label="Receive"
                  pendingLabel="Receiving…"
                  tone="primary"
                />
              )}
            </div>
          ))}
        {!incoming.ok && <p className="muted">{incoming.error}</p>}
      </section>
      <div className="grid-2">
        <section className="card stack" aria-labelledby="recalls-title">
          <h2 id="recalls-title">Active recalls</h2>
          {recalls.ok && recalls.value.items.length === 0 && <p className="muted">None.</p>}
          {recalls.ok &&
            recalls.value.items.map((r) => (
              <p key={r.id}>
                <Link href={orgPath(orgId, "lots", r.lotId)}>
                  {r.productName} · {r.lotCode}
                </Link>{" "}
                · {r.reason} · {formatDate(r.declaredAt)}
              </p>
            ))}
          {!recalls.ok && <p className="muted">{recalls.error}</p>}
        </section>
        <section className="card stack" aria-labelledby="attestations-title">
          <h2 id="attestations-title">Latest attestations</h2>
          {attestations.ok && attestations.value.items.length === 0 && <p className="muted">None yet.</p>}
          {attestations.ok &&
            attestations.value.items.map((a) => (
              <p key={a.id}>
                {a.claim} <span className="badge">{attestationStatusWords[a.status]}</span>
              </p>
            ))}
          {!attestations.ok && <p className="muted">{attestations.error}</p>}
        </section>
      </div>
    </>
  );
}

function Stat({ value, label }: { value: string; label: string }) {
  return (
    <div className={`card ${styles.stat}`}>
      <span className={styles.statValue}>{value}</span>
      <span className={styles.statLabel}>{label}</span>
    </div>
  );
}
