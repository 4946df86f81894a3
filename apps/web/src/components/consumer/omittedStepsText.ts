import type { PublicRecord } from "@tracemark/sdk";
import type { ConsumerWords } from "@/i18n/getConsumerWords";

/**
 * What a consumer page says of the steps a record leaves out (`omittedEvents`: it shows at most
 * 1,000), in the words' language: how many of the lot's steps it shows and which, whose it leaves
 * out, and that "Verify" checks only those shown. `undefined` when it shows them all.
 *
 * @example
 * omittedStepsText(record, "Olivar Sur", words)
 * // "This record shows 1,000 of this lot’s 1,165 steps: … 165 steps by those companies are left out. “Verify” checks only the steps shown."
 */
export function omittedStepsText(
  record: Pick<PublicRecord, "events" | "hiddenSteps" | "omittedEvents">,
  owner: string,
  { t }: Pick<ConsumerWords, "t">,
): string | undefined {
  const { owner: ownerOmitted, partners } = record.omittedEvents;
  if (ownerOmitted + partners === 0) return undefined;
  const shown = record.events.length + (record.hiddenSteps?.length ?? 0);
  return [
    t("omittedSteps", { shown, total: shown + ownerOmitted + partners, owner }),
    ...(ownerOmitted > 0 ? [t("omittedOwner", { count: ownerOmitted, owner })] : []),
    ...(partners > 0 ? [t("omittedPartners", { count: partners })] : []),
    t("omittedVerify"),
  ].join(" ");
}
