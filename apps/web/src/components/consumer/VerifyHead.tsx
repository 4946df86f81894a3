import type { ReactNode } from "react";
import styles from "./consumer.module.css";

export type VerifyHeadProps = {
  title: string;
  intro: string;
  /** The Verify button. */
  button: ReactNode;
  /** What the check found, under the heading. */
  children: ReactNode;
};

/** Verify's section: heading, sentence and button, the same before its code loads (`VerifyOnPress`) and after (`VerifyPanel`). */
export function VerifyHead({ title, intro, button, children }: VerifyHeadProps) {
  return (
    <section className={styles.verify} aria-labelledby="verify-title">
      <div className={styles.verifyHead}>
        <div>
          <h2 id="verify-title" className={styles.sectionTitle}>
            {title}
          </h2>
          <p className={styles.muted}>{intro}</p>
        </div>
        {button}
      </div>
      {children}
    </section>
  );
}
