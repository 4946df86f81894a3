import Link from "next/link";
import { requirePlatformAdmin } from "@/components/admin/requirePlatformAdmin";
import { DashboardShell } from "@/components/dashboard/DashboardShell";
import styles from "@/components/dashboard/dashboard.module.css";
import { SignedIn } from "@/components/dashboard/SignedIn";

/** The admin console's frame: its sections and who is signed in. Platform administrators only. */
export default function AdminLayout({ children }: LayoutProps<"/admin">) {
  return <DashboardShell side={<Side />}>{children}</DashboardShell>;
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
      <SignedIn as={`Platform administrator ${me.email ?? me.walletAddress ?? me.name}`} />
    </>
  );
}
