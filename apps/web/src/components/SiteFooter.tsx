import styles from "./SiteFooter.module.css";
import { Wordmark } from "./Wordmark";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
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
