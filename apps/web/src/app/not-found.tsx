import type { Metadata } from "next";
import Link from "next/link";
import styles from "./not-found.module.css";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section className={`container ${styles.notFound}`} aria-labelledby="not-found-title">
      <p className={styles.code}>404</p>
      <h1 id="not-found-title">Page not found</h1>
      <p className={styles.text}>
        There is no page at this address. If you scanned a QR code, check that the whole code was read.
      </p>
      <Link href="/" className={styles.home}>
        Go to the home page
      </Link>
    </section>
  );
}
