import type { PublicRecordWithDisplay } from "@tracemark/sdk";
import type { ConsumerWords } from "@/i18n/getConsumerWords";

type JourneyStep = PublicRecordWithDisplay["display"]["journey"][number];

/** "Correction of Shipping", or "Object event" for a step without a business step, in the words' language. */
export function stepNameOf(step: JourneyStep, words: ConsumerWords): string {
  const name =
    words.cbvName("bizStep", step.bizStep, step.bizStepLabel) ??
    (words.t.has(`eventType.${step.type}` as never) ? words.t(`eventType.${step.type}` as never) : step.type);
  return step.corrects ? words.t("correctionOf", { step: name }) : name;
}

/**
 * The names `VerifyPanel` gives each item of a record it checks, in record order, in the words'
 * language: each shown step ("Shipping · Rotterdam"), each step not public ("A step by Org B on
 * 2 Oct 2026") with its place in time, each attestation (flagged "expired" or "revoked" at `now`,
 * when given).
 *
 * @example
 * const labels = verifyLabelsOf(record.display, Date.now(), await getConsumerWords());
 * <VerifyPanel record={verifiable} {...labels} rpcUrl={rpcUrl} deployment={deployment} />
 */
export function verifyLabelsOf(
  display: PublicRecordWithDisplay["display"],
  now: number | undefined,
  words: ConsumerWords,
) {
  const { t } = words;
  const byIndex = <T extends { index: number }>(items: T[]) =>
    items.slice().sort((a, b) => a.index - b.index);
  const hidden = byIndex(display.hiddenSteps ?? []);
  return {
    stepLabels: byIndex(display.journey).map(
      (step) => `${stepNameOf(step, words)}${step.location ? ` · ${step.location.name}` : ""}`,
    ),
    hiddenStepLabels: hidden.map((step) =>
      t("hiddenStepTitle", { organisation: step.organisation, date: words.date(step.date) }),
    ),
    hiddenStepPositions: hidden.map((step) => step.position),
    attestationLabels: display.attestations.map((a) => {
      const flag = now === undefined ? undefined : attestationFlag(a, now);
      const auditor = a.auditorName ?? t("auditor");
      return flag
        ? t("attestationLabelFlagged", { auditor, claim: a.claim, flag })
        : t("attestationLabel", { auditor, claim: a.claim });
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
