import { ConsumerPage } from "@/components/consumer/ConsumerPage";
import { titleIn } from "@/components/consumer/PublicKeyPage";

/** Rendered whole before its first byte: the content is in the first flush of HTML (see `PublicKeyPage`). */
export const instant = false;

/** The tab's title in the visitor's language. */
export const generateMetadata = titleIn("Consumer");

/** GS1 Digital Link of a serialised item without its lot: `/01/{gtin}/21/{serial}`; the record is its lot's. */
export default function SerialOnlyRecordPage({ params }: PageProps<"/01/[gtin]/21/[serial]">) {
  return <ConsumerPage params={params} />;
}
