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

export type SiteHeaderProps = {
  /** The header's language where it differs from the page's. */
  lang?: string | undefined;
  /** Plain `<a>` links rather than `Link` (no client router, no prefetch). */
  plainLinks?: boolean;
};

export function SiteHeader({ lang, plainLinks = false }: SiteHeaderProps) {
  const Anchor = plainLinks ? "a" : Link;
  return (
    <header className={styles.header} lang={lang}>
      <div className={`container ${styles.inner}`}>
        <Anchor href="/" className={styles.home} aria-label="Tracemark home">
          <Wordmark />
        </Anchor>
        <nav aria-label="Main" className={styles.nav}>
          <ul className={styles.links}>
            {sections.map((section) => (
              <li key={section.href}>
                <Anchor href={section.href} className={styles.link}>
                  {section.label}
                </Anchor>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
