import Link from "next/link";
import styles from "./SiteHeader.module.css";
import { Wordmark } from "./Wordmark";

const sections = [
  { href: "/#how-it-works", label: "How it works" },
  { href: "/#who", label: "Who it’s for" },
  { href: "/#standards", label: "Standards" },
  { href: "/#status", label: "Status" },
  { href: "/dashboard", label: "Dashboard" },
  { href: "/auditor", label: "Auditors" },
] as const;

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.home} aria-label="Tracemark home">
          <Wordmark />
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul className={styles.links}>
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} className={styles.link}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
