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
 * time, each attestation.
 *
 * @example
 * const labels = verifyLabelsOf(record.display);
 * <VerifyPanel record={verifiable} {...labels} rpcUrl={rpcUrl} deployment={deployment} />
 */
export function verifyLabelsOf(display: PublicRecordWithDisplay["display"]) {
  const byIndex = <T extends { index: number }>(items: T[]) =>
    items.slice().sort((a, b) => a.index - b.index);
  const hidden = byIndex(display.hiddenSteps ?? []);
  return {
    stepLabels: byIndex(display.journey).map(
      (step) => `${stepNameOf(step)}${step.location ? ` · ${step.location.name}` : ""}`,
    ),
    hiddenStepLabels: hidden.map((step) => `A step by ${step.organisation} on ${formatDate(step.date)}`),
    hiddenStepPositions: hidden.map((step) => step.position),
    attestationLabels: display.attestations.map((a) => `${a.auditorName ?? "Auditor"}: ${a.claim}`),
  };
}
