import { ConsumerPage } from "@/components/consumer/ConsumerPage";
import { titleIn } from "@/components/consumer/PublicKeyPage";

/** Rendered whole before its first byte: the content is in the first flush of HTML (see `PublicKeyPage`). */
export const instant = false;

/** The tab's title in the visitor's language. */
export const generateMetadata = titleIn("Consumer");

/** GS1 Digital Link of a serialised item: `/01/{gtin}/10/{lot}/21/{serial}`. */
export default function SerialRecordPage({ params }: PageProps<"/01/[gtin]/10/[lot]/21/[serial]">) {
  return <ConsumerPage params={params} />;
}
