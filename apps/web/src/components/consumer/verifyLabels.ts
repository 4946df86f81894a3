import type { PublicRecordWithDisplay } from "@tracemark/sdk";
import { formatDate } from "@/lib/format/formatEventTime";

type JourneyStep = PublicRecordWithDisplay["display"]["journey"][number];

/** "Correction of Shipping", or "Object event" for a step without a business step. */
export function stepNameOf(step: JourneyStep): string {
  return `${step.corrects ? "Correction of " : ""}${step.bizStepLabel ?? titleCase(step.type)}`;
}

function titleCase(type: string) {
  const words = type.replace(/Event$/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
  return `${words.charAt(0).toUpperCase()}${words.slice(1).toLowerCase()} event`;
}

/**
 * The names `VerifyPanel` gives each item of a record it checks, in record order: each shown step
 * ("Shipping · Rotterdam"), each step not public ("A step by Org B on 2 Oct 2026") with its place in
 * time, each attestation (flagged "expired" or "revoked" at `now`, when given).
 *
 * @example
 * const labels = verifyLabelsOf(record.display);
 * <VerifyPanel record={verifiable} {...labels} rpcUrl={rpcUrl} deployment={deployment} />
 */
export function verifyLabelsOf(display: PublicRecordWithDisplay["display"], now?: number) {
  const byIndex = <T extends { index: number }>(items: T[]) =>
    items.slice().sort((a, b) => a.index - b.index);
  const hidden = byIndex(display.hiddenSteps ?? []);
  return {
    stepLabels: byIndex(display.journey).map(
      (step) => `${stepNameOf(step)}${step.location ? ` · ${step.location.name}` : ""}`,
    ),
    hiddenStepLabels: hidden.map((step) => `A step by ${step.organisation} on ${formatDate(step.date)}`),
    hiddenStepPositions: hidden.map((step) => step.position),
    attestationLabels: display.attestations.map((a) => {
      const flag = now === undefined ? undefined : attestationFlag(a, now);
      return `${a.auditorName ?? "Auditor"}: ${a.claim}${flag ? ` (${flag})` : ""}`;
    }),
  };
}

/** Whether an attestation no longer holds: revoked, or past its expiry; `undefined` while it stands. */
export function attestationFlag(
  a: { expiresAt: string | null; revokedAt?: string | undefined },
  now: number,
): "revoked" | "expired" | undefined {
  if (a.revokedAt) return "revoked";
  if (a.expiresAt && Date.parse(a.expiresAt) <= now) return "expired";
  return undefined;
}
