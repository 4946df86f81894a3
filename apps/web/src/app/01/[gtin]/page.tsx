import type { Metadata, Route } from "next";
import Link from "next/link";
import styles from "@/components/consumer/consumer.module.css";
import { PublicKeyPage } from "@/components/consumer/PublicKeyPage";
import { getPublicPage, type PublicProduct } from "@/lib/api/getPublicPage";
import { formatDate } from "@/lib/format/formatEventTime";

export const metadata: Metadata = { title: "Product" };

/** GS1 Digital Link of a product alone, `/01/{gtin}`: the product and its lots that have a record. */
export default function ProductPage({ params }: PageProps<"/01/[gtin]">) {
  return (
    <PublicKeyPage>
      <Product params={params} />
    </PublicKeyPage>
  );
}

async function Product({ params }: { params: PageProps<"/01/[gtin]">["params"] }) {
  const { gtin } = await params;
  const product = await getPublicPage<PublicProduct>(`/01/${encodeURIComponent(gtin)}`);
  return (
    <div className={styles.page}>
      <section className={styles.product}>
        <p className={styles.eyebrow}>{product.organization.name}</p>
        <h1 className={styles.productName}>{product.name}</h1>
        {product.description && <p className={styles.muted}>{product.description}</p>}
        <dl className={styles.keys}>
          <div>
            <dt>GTIN</dt>
            <dd>{product.gtin}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="lots-title">
        <h2 id="lots-title" className={styles.sectionTitle}>
          Lots with a record
        </h2>
        {product.lots.length === 0 ? (
          <p className={styles.muted}>No lot of this product has a record yet.</p>
        ) : (
          <ul>
            {product.lots.map((lot) => (
              <li key={lot.lotCode}>
                <Link href={`/01/${product.gtin}/10/${encodeURIComponent(lot.lotCode)}` as Route}>
                  Lot {lot.lotCode}
                </Link>
                {lot.productionDate ? ` · made ${formatDate(lot.productionDate)}` : ""}
                {lot.expiryDate ? ` · expires ${formatDate(lot.expiryDate)}` : ""}
                {lot.recalled ? " · recalled" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
