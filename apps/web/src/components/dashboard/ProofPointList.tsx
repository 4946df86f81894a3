import type { ProofPoint } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";

const stateWords: Record<ProofPoint["state"], string> = {
  requested: "Waiting for the auditor",
  attested: "Attested",
  expired: "Expired",
  revoked: "Revoked",
};

const tones: Record<ProofPoint["state"], string> = {
  requested: "degraded",
  attested: "ok",
  expired: "down",
  revoked: "down",
};

/** A lot's proof points: the claim, who is asked, its evidence, and where it stands. */
export function ProofPointList({ items }: { items: ProofPoint[] }) {
  if (items.length === 0) return <p className="muted">No proof point requested yet.</p>;
  return (
    <ul className="stack" style={{ margin: 0, paddingLeft: "var(--space-5)" }}>
      {items.map((p) => (
        <li key={p.id}>
          <strong>{p.claimText}</strong> · {p.auditorName} ·{" "}
          <span className="badge" data-tone={tones[p.state]}>
            {stateWords[p.state]}
          </span>
          <br />
          <span className="muted">
            {p.validUntil ? `valid until ${formatDate(p.validUntil)} at the latest · ` : ""}
            evidence:{" "}
            {p.evidence
              .map((e) => `${e.fileName ?? e.sha256.slice(0, 12)}${e.public ? " (public)" : ""}`)
              .join(", ")}
          </span>
        </li>
      ))}
    </ul>
  );
}
