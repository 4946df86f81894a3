import { getTranslations } from "next-intl/server";
import styles from "@/components/consumer/consumer.module.css";
import { withLanguage } from "@/components/consumer/InLanguage";
import { KeyIntro, PublicKeyPage, titleIn } from "@/components/consumer/PublicKeyPage";
import { getConsumerWords } from "@/i18n/getConsumerWords";
import { dataOf, publicApi } from "@/lib/api/api";

/** Rendered whole before its first byte: the content is in the first flush of HTML (see `PublicKeyPage`). */
export const instant = false;

/** The tab's title in the visitor's language. */
export const generateMetadata = titleIn("LogisticUnit");

/** GS1 Digital Link of a logistic unit, `/00/{sscc}`: who packed it, what it holds, where it went. */
export default async function LogisticUnitPage({ params }: PageProps<"/00/[sscc]">) {
  const { sscc } = await params;
  const unit = await dataOf(publicApi.GET("/public/00/{sscc}", { params: { path: { sscc } } }));
  const t = await getTranslations("LogisticUnit");
  const words = await getConsumerWords();
  const hrefs = await Promise.all(
    unit.contents.map((item) =>
      item.lot ? withLanguage(`/01/${item.lot.gtin}/10/${encodeURIComponent(item.lot.lotCode)}`) : "",
    ),
  );
  return (
    <PublicKeyPage>
      <div className={styles.page}>
        <KeyIntro
          eyebrow={t("packedBy", { packer: unit.packer.name })}
          name={t("sscc", { sscc: unit.sscc })}
        />
        <section aria-labelledby="contents-title">
          <h2 id="contents-title" className={styles.sectionTitle}>
            {t("contentsTitle")}
          </h2>
          {unit.contents.length === 0 ? (
            <p className={styles.muted}>{t("noContents")}</p>
          ) : (
            <ul>
              {unit.contents.map((item, i) => (
                <li key={item.id}>
                  {item.lot ? (
                    <a href={hrefs[i]}>
                      {t("lotOf", { product: item.lot.productName, lot: item.lot.lotCode })}
                    </a>
                  ) : (
                    item.id
                  )}
                </li>
              ))}
            </ul>
          )}
          {unit.omitted.contents > 0 ? (
            <p className={styles.muted}>{t("omittedContents", { count: unit.omitted.contents })}</p>
          ) : null}
        </section>
        <section aria-labelledby="journey-title">
          <h2 id="journey-title" className={styles.sectionTitle}>
            {t("journeyTitle")}
          </h2>
          {unit.omitted.journey > 0 ? (
            <p className={styles.muted}>
              {t("omittedJourney", { count: unit.omitted.journey, shown: unit.journey.length })}
            </p>
          ) : null}
          <ol className={styles.timeline}>
            {unit.journey.map((step) => (
              <li key={`${step.eventTime}-${step.bizStep}-${step.organization.name}`} className={styles.step}>
                <div className={styles.stepBody}>
                  <p className={styles.stepTitle}>
                    {words.cbvName("bizStep", step.bizStep, step.bizStep) ?? step.type}
                  </p>
                  <p className={styles.stepMeta}>
                    {words.eventTime(step.eventTime, step.eventTimeZoneOffset)} · {step.organization.name}
                    {step.location ? ` · ${step.location.name}` : ""}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </PublicKeyPage>
  );
}
