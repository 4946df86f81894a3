import type { ReactNode } from "react";
import styles from "./PageSection.module.css";

export type PageSectionProps = {
  /** Anchor of the section; navigation links point at `#id`. */
  id: string;
  title: string;
  lead: ReactNode;
  /** Sets the section on the surface colour, to tell it apart from its neighbours. */
  tinted?: boolean;
  children: ReactNode;
};

/** A titled band of a page: a landmark named by its heading, with a lead paragraph. */
export function PageSection({ id, title, lead, tinted = false, children }: PageSectionProps) {
  const titleId = `${id}-title`;
  return (
    <section id={id} className={styles.section} data-tinted={tinted} aria-labelledby={titleId}>
      <div className="container">
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <p className={styles.lead}>{lead}</p>
        {children}
      </div>
    </section>
  );
}
