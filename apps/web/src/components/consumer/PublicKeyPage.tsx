import { type ReactNode, Suspense } from "react";
import styles from "./consumer.module.css";

/**
 * The frame of a page at a GS1 Digital Link path: its content streamed in, a skeleton and
 * `loading` meanwhile. The resolver (src/proxy.ts) has checked the key exists before this renders.
 */
export function PublicKeyPage({ children, loading = "Loading…" }: { children: ReactNode; loading?: string }) {
  return (
    <div className="container">
      <Suspense
        fallback={
          <div className={styles.page} aria-busy="true">
            <p className={styles.muted}>{loading}</p>
            <div className={styles.skeleton} />
          </div>
        }
      >
        {children}
      </Suspense>
    </div>
  );
}
