import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import styles from "./not-found.module.css";

/** The tab's title in the visitor's language. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  return { title: t("title") };
}

/** The 404, in the visitor's language (a mistyped or half-read QR code lands here). */
export default function NotFound() {
  return (
    <section className={`container ${styles.notFound}`} aria-labelledby="not-found-title">
      <p className={styles.code}>404</p>
      <Suspense>
        <NotFoundWords />
      </Suspense>
    </section>
  );
}

async function NotFoundWords() {
  const [t, locale] = await Promise.all([getTranslations("NotFound"), getLocale()]);
  return (
    <div lang={locale}>
      <h1 id="not-found-title">{t("title")}</h1>
      <p className={styles.text}>{t("text")}</p>
      <Link href="/" className={styles.home}>
        {t("home")}
      </Link>
    </div>
  );
}
