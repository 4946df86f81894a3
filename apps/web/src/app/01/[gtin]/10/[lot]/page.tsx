import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsumerPage } from "@/components/consumer/ConsumerPage";

/** The tab's title in the visitor's language. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Consumer");
  return { title: t("title") };
}

/** GS1 Digital Link of a lot: `/01/{gtin}/10/{lot}`, the URL its QR code encodes. */
export default function LotRecordPage({ params }: PageProps<"/01/[gtin]/10/[lot]">) {
  return <ConsumerPage params={params} />;
}
