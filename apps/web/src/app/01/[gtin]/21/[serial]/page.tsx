import type { Metadata } from "next";
import { ConsumerPage } from "@/components/consumer/ConsumerPage";

export const metadata: Metadata = { title: "Product record" };

/** GS1 Digital Link of a serialised item without its lot: `/01/{gtin}/21/{serial}`; the record is its lot's. */
export default function SerialOnlyRecordPage({ params }: PageProps<"/01/[gtin]/21/[serial]">) {
  return <ConsumerPage params={params} />;
}
