import { locationUri, type PublicRecordDisplayLocation } from "@tracemark/sdk";
import type { ConsumerWords } from "@/i18n/getConsumerWords";
import { shippingDetailsOf } from "@/lib/events/shippingDetailsOf";
import { wordShippingDetails } from "@/lib/events/wordShippingDetails";
import styles from "./consumer.module.css";

export type StepDetailsProps = {
  /** The step's EPCIS event as the public record shows it (fields withheld are absent). */
  event: Readonly<Record<string, unknown>> | undefined;
  /** The journey's places, to name destinations and sources by their GLN. */
  locations: PublicRecordDisplayLocation[];
  /** The page's language. */
  words: Pick<ConsumerWords, "t" | "shipping">;
};

/** A journey step's destination, sensor readings and documents, where the step shows them. */
export function StepDetails({ event, locations, words: { t, shipping } }: StepDetailsProps) {
  if (!event) return null;
  const names: Record<string, string> = {};
  for (const l of locations) if (l.gln) names[locationUri({ gln: l.gln })] = l.name;
  const { destinations, readings, documents } = wordShippingDetails(
    shippingDetailsOf(event, names),
    shipping,
  );
  const lines = [
    destinations.length > 0 && t("detailsTo", { places: destinations.join(" · ") }),
    readings.length > 0 && t("detailsRecorded", { readings: readings.join(" · ") }),
    documents.length > 0 && t("detailsDocuments", { documents: documents.join(" · ") }),
  ].filter((line): line is string => Boolean(line));
  return lines.map((line) => (
    <p key={line} className={styles.stepMeta} data-testid="step-details">
      {line}
    </p>
  ));
}
