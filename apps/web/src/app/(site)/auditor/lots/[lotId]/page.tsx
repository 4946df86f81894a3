import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AttestForm } from "@/components/auditor/AttestForm";
import { ProofPointSign } from "@/components/auditor/ProofPointSign";
import { cbvLabel } from "@/components/dashboard/labels";
import { ChainUnavailable } from "@/components/wallet/ChainUnavailable";
import { api, dataOf } from "@/lib/api/api";
import { getChainSettings } from "@/lib/deployment/getChainSettings";
import { formatDate, formatEventTime } from "@/lib/format/formatEventTime";
import { requireMe } from "@/lib/session/requireMe";

export const metadata: Metadata = { title: "Inspect a lot" };

export default function AuditedLotPage({ params }: PageProps<"/auditor/lots/[lotId]">) {
  return (
    <div className="container" style={{ paddingBlock: "var(--space-8) var(--space-12)" }}>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Inspect params={params} />
      </Suspense>
    </div>
  );
}

async function Inspect({ params }: { params: Promise<{ lotId: string }> }) {
  const [{ lotId }, me] = await Promise.all([params, requireMe()]);
  const [lot, chain] = await Promise.all([
    dataOf(api.GET("/auditor/lots/{lotId}", { params: { path: { lotId } } })),
    getChainSettings(),
  ]);
  return (
    <div className="stack" style={{ gap: "var(--space-6)" }}>
      <div>
        <p className="muted">
          <Link href="/auditor">Lots to audit</Link> / {lot.organization.name}
        </p>
        <h1 className="page-title">
          {lot.product.name} · lot {lot.lotCode}
        </h1>
        <p className="muted">
          GTIN <span className="mono">{lot.product.gtin}</span> · produced {formatDate(lot.productionDate)} ·
          expires {formatDate(lot.expiryDate)}
          {lot.recallState === "recalled" ? " · recalled" : ""}
        </p>
        {lot.requestNote && <p>“{lot.requestNote}”</p>}
      </div>
      <section className="stack" aria-labelledby="proof-points-title">
        <h2 id="proof-points-title">Proof points asked of you</h2>
        {lot.proofPoints.length === 0 ? (
          <p className="muted">No proof point is asked of you for this lot.</p>
        ) : !chain ? (
          <ChainUnavailable />
        ) : (
          lot.proofPoints.map((proofPoint) => (
            <ProofPointSign
              key={proofPoint.id}
              chain={chain}
              lot={{
                id: lot.id,
                lotCode: lot.lotCode,
                productName: lot.product.name,
                gtin: lot.product.gtin,
                organizationName: lot.organization.name,
              }}
              auditorWallet={me.walletAddress ?? ""}
              subject={lot.attestationSubject}
              proofPoint={proofPoint}
            />
          ))
        )}
      </section>
      <div className="grid-2">
        <section className="card stack" aria-labelledby="events-title">
          <h2 id="events-title">Recorded events</h2>
          {lot.events.length === 0 ? (
            <p className="muted">No events recorded.</p>
          ) : (
            <ol className="stack" style={{ margin: 0, paddingLeft: "var(--space-5)" }}>
              {lot.events.map((e) => (
                <li key={e.id}>
                  <strong>{e.bizStep ? cbvLabel(e.bizStep) : e.type}</strong>{" "}
                  <span className="muted">
                    {formatEventTime(e.eventTime, e.eventTimeZoneOffset)}
                    {e.place ? ` · ${e.place}` : ""}
                    {e.disposition ? ` · ${cbvLabel(e.disposition)}` : ""}
                  </span>
                  <br />
                  <span className="mono muted">{e.eventHash}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <div className="stack">
          <section className="card stack" aria-labelledby="inputs-title">
            <h2 id="inputs-title">Made from</h2>
            {lot.inputs.length === 0 ? (
              <p className="muted">No input lots recorded.</p>
            ) : (
              <ul className="stack" style={{ margin: 0, paddingLeft: "var(--space-5)" }}>
                {lot.inputs.map((input) => (
                  <li key={input.id}>
                    {input.productName} · lot {input.lotCode}{" "}
                    <span className="muted">
                      GTIN <span className="mono">{input.gtin}</span> · {input.organizationName}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card stack" aria-labelledby="documents-title">
            <h2 id="documents-title">Documents of its events</h2>
            {lot.documents.length === 0 ? (
              <p className="muted">No documents attached to its events.</p>
            ) : (
              <ul className="stack" style={{ margin: 0, paddingLeft: "var(--space-5)" }}>
                {lot.documents.map((d) => (
                  <li key={`${d.eventId}-${d.sha256}`}>
                    {d.fileName ?? "document"}{" "}
                    <span className="muted">
                      SHA-256 <span className="mono">{d.sha256}</span> · ask {lot.organization.name} for the
                      file
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {chain ? (
            <AttestForm
              chain={chain}
              lotId={lot.id}
              auditorWallet={me.walletAddress ?? ""}
              subject={lot.attestationSubject}
            />
          ) : (
            <ChainUnavailable />
          )}
        </div>
      </div>
    </div>
  );
}
