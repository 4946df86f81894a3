import type { Metadata, Route } from "next";
import Link from "next/link";
import styles from "@/components/consumer/consumer.module.css";
import { PublicKeyPage } from "@/components/consumer/PublicKeyPage";
import { getPublicPage, type PublicLogisticUnit } from "@/lib/api/getPublicPage";
import { formatEventTime } from "@/lib/format/formatEventTime";

export const metadata: Metadata = { title: "Logistic unit" };

/** GS1 Digital Link of a logistic unit, `/00/{sscc}`: who packed it, what it holds, where it went. */
export default function LogisticUnitPage({ params }: PageProps<"/00/[sscc]">) {
  return (
    <PublicKeyPage>
      <Unit params={params} />
    </PublicKeyPage>
  );
}

async function Unit({ params }: { params: PageProps<"/00/[sscc]">["params"] }) {
  const { sscc } = await params;
  const unit = await getPublicPage<PublicLogisticUnit>(`/00/${encodeURIComponent(sscc)}`);
  return (
    <div className={styles.page}>
      <section className={styles.product}>
        <p className={styles.eyebrow}>Logistic unit · packed by {unit.packer.name}</p>
        <h1 className={styles.productName}>SSCC {unit.sscc}</h1>
      </section>
      <section aria-labelledby="contents-title">
        <h2 id="contents-title" className={styles.sectionTitle}>
          Contents
        </h2>
        {unit.contents.length === 0 ? (
          <p className={styles.muted}>Nothing is recorded as packed in this unit.</p>
        ) : (
          <ul>
            {unit.contents.map((item) => (
              <li key={item.id}>
                {item.lot ? (
                  <Link href={`/01/${item.lot.gtin}/10/${encodeURIComponent(item.lot.lotCode)}` as Route}>
                    {item.lot.productName}, lot {item.lot.lotCode}
                  </Link>
                ) : (
                  item.id
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="journey-title">
        <h2 id="journey-title" className={styles.sectionTitle}>
          Journey
        </h2>
        <ol className={styles.timeline}>
          {unit.journey.map((step) => (
            <li key={`${step.eventTime}-${step.bizStep}-${step.organization.name}`} className={styles.step}>
              <div className={styles.stepBody}>
                <p className={styles.stepTitle}>{step.bizStep ?? step.type}</p>
                <p className={styles.stepMeta}>
                  {formatEventTime(step.eventTime, step.eventTimeZoneOffset)} · {step.organization.name}
                  {step.location ? ` · ${step.location.name}` : ""}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
