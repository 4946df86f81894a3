import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AttestForm } from "@/components/auditor/AttestForm";
import { cbvLabel } from "@/components/dashboard/labels";
import { ChainUnavailable } from "@/components/wallet/ChainUnavailable";
import { apiRequest } from "@/lib/api/apiRequest";
import { getChainSettings } from "@/lib/deployment/getChainSettings";
import { formatDate, formatEventTime } from "@/lib/format/formatEventTime";
import { requireMe } from "@/lib/session/requireMe";

export const metadata: Metadata = { title: "Inspect a lot" };

type AuditedLot = {
  id: string;
  lotCode: string;
  productionDate: string | null;
  expiryDate: string | null;
  recallState: "none" | "recalled";
  product: { gtin: string; name: string; description: string | null };
  organization: { id: string; name: string };
  requestNote: string | null;
  attestationSubject: { orgId: string; subjectKind: "lot"; subject: string };
  events: {
    id: string;
    eventHash: string;
    type: string;
    bizStep: string | null;
    disposition: string | null;
    eventTime: string;
    eventTimeZoneOffset: string;
    anchorStatus?: string;
  }[];
};

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
    apiRequest<AuditedLot>(`/auditor/lots/${lotId}`),
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
                    {e.disposition ? ` · ${cbvLabel(e.disposition)}` : ""}
                  </span>
                  <br />
                  <span className="mono muted">{e.eventHash}</span>
                </li>
              ))}
            </ol>
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
  );
}
