import type { Metadata } from "next";
import { ConsumerPage } from "@/components/consumer/ConsumerPage";

export const metadata: Metadata = { title: "Product record" };

/** GS1 Digital Link of a serialised item: `/01/{gtin}/10/{lot}/21/{serial}`. */
export default function SerialRecordPage({ params }: PageProps<"/01/[gtin]/10/[lot]/21/[serial]">) {
  return <ConsumerPage params={params} />;
}
