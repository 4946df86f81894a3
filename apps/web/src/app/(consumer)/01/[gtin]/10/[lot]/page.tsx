import { ConsumerPage } from "@/components/consumer/ConsumerPage";
import { titleIn } from "@/components/consumer/PublicKeyPage";

/** Rendered whole before its first byte: the content is in the first flush of HTML (see `PublicKeyPage`). */
export const instant = false;

/** The tab's title in the visitor's language. */
export const generateMetadata = titleIn("Consumer");

/** GS1 Digital Link of a lot: `/01/{gtin}/10/{lot}`, the URL its QR code encodes. */
export default function LotRecordPage({ params }: PageProps<"/01/[gtin]/10/[lot]">) {
  return <ConsumerPage params={params} />;
}
