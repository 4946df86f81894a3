import { getTranslations } from "next-intl/server";
import styles from "@/components/consumer/consumer.module.css";
import { withLanguage } from "@/components/consumer/InLanguage";
import { KeyIntro, PublicKeyPage, titleIn } from "@/components/consumer/PublicKeyPage";
import { getConsumerWords } from "@/i18n/getConsumerWords";
import { dataOf, publicApi } from "@/lib/api/api";

/** Rendered whole before its first byte: the content is in the first flush of HTML (see `PublicKeyPage`). */
export const instant = false;

/** The tab's title in the visitor's language. */
export const generateMetadata = titleIn("Product");

/** GS1 Digital Link of a product alone, `/01/{gtin}`: the product and its lots that have a record. */
export default async function ProductPage({ params }: PageProps<"/01/[gtin]">) {
  const { gtin } = await params;
  const product = await dataOf(publicApi.GET("/public/01/{gtin}", { params: { path: { gtin } } }));
  const t = await getTranslations("Product");
  const { date } = await getConsumerWords();
  const hrefs = await Promise.all(
    product.lots.map((lot) => withLanguage(`/01/${product.gtin}/10/${encodeURIComponent(lot.lotCode)}`)),
  );
  return (
    <PublicKeyPage>
      <div className={styles.page}>
        <KeyIntro eyebrow={product.organization.name} name={product.name}>
          {product.description && <p className={styles.muted}>{product.description}</p>}
          <dl className={styles.keys}>
            <div>
              <dt>{t("gtin")}</dt>
              <dd>{product.gtin}</dd>
            </div>
          </dl>
        </KeyIntro>
        <section aria-labelledby="lots-title">
          <h2 id="lots-title" className={styles.sectionTitle}>
            {t("lotsTitle")}
          </h2>
          {product.lots.length === 0 ? (
            <p className={styles.muted}>{t("noLots")}</p>
          ) : (
            <ul>
              {product.lots.map((lot, i) => (
                <li key={lot.lotCode}>
                  <a href={hrefs[i]}>{t("lot", { lot: lot.lotCode })}</a>
                  {lot.productionDate ? ` · ${t("made", { date: date(lot.productionDate) })}` : ""}
                  {lot.expiryDate ? ` · ${t("expires", { date: date(lot.expiryDate) })}` : ""}
                  {lot.recalled ? ` · ${t("recalled")}` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </PublicKeyPage>
  );
}
