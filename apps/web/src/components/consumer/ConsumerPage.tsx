import type { Deployment } from "@tracemark/sdk";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { ApiError } from "@/lib/api/ApiError";
import { getDeployment } from "@/lib/api/getDeployment";
import { getPublicRecord } from "@/lib/api/getPublicRecord";
import { countPageView } from "@/lib/scans/countPageView";
import { ConsumerRecord } from "./ConsumerRecord";
import styles from "./consumer.module.css";
import { PublicKeyPage } from "./PublicKeyPage";

export type DigitalLinkParams = Promise<{ gtin: string; lot?: string; serial?: string }>;

/** The page at a GS1 Digital Link path: the record, in the first response (see `PublicKeyPage`). */
export function ConsumerPage({ params }: { params: DigitalLinkParams }) {
  return (
    <PublicKeyPage>
      <Record params={params} />
    </PublicKeyPage>
  );
}

async function Record({ params }: { params: DigitalLinkParams }) {
  const { gtin, lot, serial } = await params;
  let record: Awaited<ReturnType<typeof getPublicRecord>>;
  // Without the contracts (the node down, say) the record still shows; only Verify waits for them.
  let deployment: Deployment | undefined;
  try {
    [record, deployment] = await Promise.all([
      getPublicRecord({
        gtin: decodeURIComponent(gtin),
        lot: lot === undefined ? undefined : decodeURIComponent(lot),
        serial: serial ? decodeURIComponent(serial) : undefined,
      }),
      getDeployment().catch(() => undefined),
    ]);
  } catch (error) {
    const unreachable = error instanceof ApiError && error.status === 0;
    const t = await getTranslations("Consumer");
    return (
      <div className={styles.page}>
        <div className={styles.card} role="alert">
          <h1 className={styles.sectionTitle}>{t("unavailableTitle")}</h1>
          <p className={styles.muted}>{unreachable ? t("unavailableUnreachable") : t("unavailableError")}</p>
        </div>
      </div>
    );
  }
  if (!record) notFound();
  await countPageView({ gtin: record.display.product.gtin, lotCode: record.display.lot.lotCode });
  // Whether an attestation has expired is a matter of this request's time, never of a prerender's.
  await connection();
  return (
    <ConsumerRecord record={record} rpcUrl={env.rpcUrlForBrowsers} deployment={deployment} now={Date.now()} />
  );
}
