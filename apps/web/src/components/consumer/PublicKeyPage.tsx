import { type ReactNode, Suspense } from "react";
import styles from "./consumer.module.css";
import { InLanguage } from "./InLanguage";

/**
 * The frame of a page at a GS1 Digital Link path: its content streamed in, in the visitor's
 * language with a switcher (`InLanguage`), a skeleton meanwhile (wordless: the frame is prerendered
 * before anyone's language is known). The resolver (src/proxy.ts) has checked the key exists before
 * this renders.
 */
export function PublicKeyPage({ children }: { children: ReactNode }) {
  return (
    <div className="container">
      <Suspense
        fallback={
          <div className={styles.page} aria-busy="true">
            <div className={styles.skeleton} />
          </div>
        }
      >
        <InLanguage>{children}</InLanguage>
      </Suspense>
    </div>
  );
}
