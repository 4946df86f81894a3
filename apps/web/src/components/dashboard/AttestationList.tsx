import type { Attestation } from "@/lib/api/types";
import { formatDate, shortHex } from "@/lib/format/formatEventTime";
import { TransactionLink } from "./TransactionLink";

const tone = {
  pending: "degraded",
  submitted: "degraded",
  onchain: "ok",
  revoked: "down",
  failed: "down",
} as const;
/** An attestation's state, in words. */
export const attestationStatusWords = {
  pending: "Signed, pending",
  submitted: "Submitted",
  onchain: "On chain",
  revoked: "Revoked",
  failed: "Failed",
} as const;

/**
 * Attestations with their status (pending → on chain → revoked, or failed) and the auditor who
 * signed; when the chain refused one (or its revocation), the reason it gave.
 */
export function AttestationList({ items, empty }: { items: Attestation[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {items.map((a) => (
        <li key={a.id} className="stack" style={{ gap: "var(--space-1)" }}>
          <span>
            <strong>{a.claim}</strong>{" "}
            {a.status === "onchain" && a.revocationRequestedAt ? (
              <span className="badge" data-tone="degraded">
                Revoking
              </span>
            ) : (
              <span className="badge" data-tone={tone[a.status]}>
                {attestationStatusWords[a.status]}
              </span>
            )}
          </span>
          <span className="muted">
            {a.auditorName ?? "Auditor"} <span className="mono">{shortHex(a.auditorAddress)}</span>
            {a.lotCode ? ` · ${a.productName ?? ""} lot ${a.lotCode}` : ""}
            {a.expiresAt ? ` · until ${formatDate(a.expiresAt)}` : ""}
            {a.txHash && (
              <>
                {" · "}
                <TransactionLink hash={a.txHash} />
              </>
            )}
          </span>
          {a.failureReason && (
            <span className={a.status === "failed" ? "form-error" : "muted"}>
              {a.status === "failed" ? `Refused by the chain: ${a.failureReason}` : a.failureReason}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
