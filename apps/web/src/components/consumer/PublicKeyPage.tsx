import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import styles from "./consumer.module.css";
import { InLanguage } from "./InLanguage";

/**
 * The frame of a page at a GS1 Digital Link path: its content in the visitor's language with a
 * switcher (`InLanguage`), rendered whole before the first byte is sent. No Suspense boundary, so no
 * skeleton: the page's largest content (the product, Verify's intro) is in the first flush of HTML
 * and paints without waiting for React's runtime to reveal a streamed part. Each page using it says
 * `export const instant = false` (allowed to block on its data; Cache Components' static shell
 * check is off for it). The resolver (src/proxy.ts) has checked the key exists before this renders.
 */
export function PublicKeyPage({ children }: { children: ReactNode }) {
  return (
    <div className="container">
      <InLanguage>{children}</InLanguage>
    </div>
  );
}

/**
 * A page at a GS1 Digital Link path's `generateMetadata`: the tab's title, the `title` of its words
 * in the visitor's language.
 *
 * @example
 * export const generateMetadata = titleIn("Product");
 */
export function titleIn(namespace: "Consumer" | "Product" | "Location" | "LogisticUnit") {
  return async (): Promise<Metadata> => {
    const t = await getTranslations(namespace);
    return { title: t("title") };
  };
}

/** The top of a page at a GS1 Digital Link path: whose or what (`eyebrow`), its name, then `children`. */
export function KeyIntro({
  eyebrow,
  name,
  children,
}: {
  eyebrow: ReactNode;
  name: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className={styles.product}>
      <p className={styles.eyebrow}>{eyebrow}</p>
      <h1 className={styles.productName}>{name}</h1>
      {children}
    </section>
  );
}
