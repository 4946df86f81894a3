import { type ReactNode, Suspense } from "react";
import styles from "./dashboard.module.css";

const loading = <p className="muted">Loading…</p>;

/**
 * The frame of the dashboard and the admin console: a side column (its navigation, then who is
 * signed in, with their account and sign-out) beside the page; each loads on its own.
 *
 * @example
 * <DashboardShell side={<Side />}>{children}</DashboardShell>
 */
export function DashboardShell({ side, children }: { side: ReactNode; children: ReactNode }) {
  return (
    <div className={`container ${styles.shell}`}>
      <aside className={styles.side}>
        <Suspense fallback={loading}>{side}</Suspense>
      </aside>
      <div className={styles.main}>
        <Suspense fallback={loading}>{children}</Suspense>
      </div>
    </div>
  );
}
