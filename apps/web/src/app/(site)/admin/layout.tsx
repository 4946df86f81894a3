import Link from "next/link";
import { Suspense } from "react";
import { requirePlatformAdmin } from "@/components/admin/requirePlatformAdmin";
import styles from "@/components/dashboard/dashboard.module.css";
import { SignOutButton } from "@/components/SignOutButton";

/** The admin console's frame: its sections and who is signed in. Platform administrators only. */
export default function AdminLayout({ children }: LayoutProps<"/admin">) {
  return (
    <div className={`container ${styles.shell}`}>
      <aside className={styles.side}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Side />
        </Suspense>
      </aside>
      <div className={styles.main}>
        <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense>
      </div>
    </div>
  );
}

async function Side() {
  const me = await requirePlatformAdmin();
  return (
    <>
      <nav aria-label="Admin console">
        <ul className={styles.nav}>
          <li>
            <Link className={styles.navLink} href="/admin">
              Console
            </Link>
          </li>
          <li>
            <Link className={styles.navLink} href="/admin/audit-trail">
              Audit trail
            </Link>
          </li>
        </ul>
      </nav>
      <div className={styles.who}>
        <span>Platform administrator {me.email ?? me.walletAddress ?? me.name}</span>
        <Link href="/account">Your account</Link>
        <SignOutButton />
      </div>
    </>
  );
}
