import type { VerifyRecordReturnType } from "@tracemark/sdk";
import type { useTranslations } from "next-intl";

/** The `Verify` messages in one language (`useTranslations("Verify")`). */
type VerifyTranslator = ReturnType<typeof useTranslations<"Verify">>;

/**
 * Verify's outcome in words, above its list of steps: the tone (`ok` only when everything the lot
 * has was verified, `complete`), a title and a line counting the steps shown and checked, and, when
 * the record leaves steps out (`omittedEvents`), that those were not verified.
 *
 * @example
 * const { tone, title, text, omitted } = verifySummary(result, useTranslations("Verify"));
 * // omitted: "This record leaves out 165 of the lot’s 1,165 steps: they were not verified."
 */
export function verifySummary(result: VerifyRecordReturnType, t: VerifyTranslator) {
  // Hidden steps count as steps: Verify proves each was sealed, without their details.
  const steps = [...result.events, ...(result.hiddenSteps ?? [])];
  const failed = steps.filter((e) => e.status === "failed").length;
  const pending = steps.filter((e) => e.status === "pending").length;
  const verified = steps.length - failed - pending;
  const omitted = result.omittedEvents;
  // Every step shown verified, but the record leaves some of the lot's out: not "all verified".
  const shownVerified = result.ok && !result.complete && pending === 0 && omitted > 0;
  return {
    tone: !result.ok ? "down" : result.complete ? "ok" : "degraded",
    title: !result.ok
      ? t("mismatchTitle")
      : result.complete
        ? t("allVerifiedTitle", { count: steps.length })
        : shownVerified
          ? t("shownVerifiedTitle", { count: steps.length })
          : t("partlyVerifiedTitle", { verified, count: steps.length, pending }),
    text: !result.ok
      ? t("mismatchText")
      : result.complete || shownVerified
        ? t("allVerifiedText")
        : t("partlyVerifiedText"),
    omitted:
      omitted > 0 ? t("omittedNotVerified", { count: omitted, total: steps.length + omitted }) : undefined,
  };
}
