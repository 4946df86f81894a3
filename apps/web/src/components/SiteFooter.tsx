import styles from "./SiteFooter.module.css";
import { Wordmark } from "./Wordmark";

/** The site's footer; `lang` where its language differs from the page's. */
export function SiteFooter({ lang }: { lang?: string | undefined }) {
  return (
    <footer className={styles.footer} lang={lang}>
      <div className={`container ${styles.inner}`}>
        <Wordmark />
        <p className={styles.note}>
          Open-source supply-chain traceability, licensed under Apache-2.0. Run it on your own infrastructure:
          any Postgres, any EVM chain.
        </p>
      </div>
    </footer>
  );
}
