import type { Metadata } from "next";
import { ConsumerPage } from "@/components/consumer/ConsumerPage";

export const metadata: Metadata = { title: "Product record" };

/** GS1 Digital Link of a lot: `/01/{gtin}/10/{lot}`, the URL its QR code encodes. */
export default function LotRecordPage({ params }: PageProps<"/01/[gtin]/10/[lot]">) {
  return <ConsumerPage params={params} />;
}
