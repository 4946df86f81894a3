import Link from "next/link";
import { Suspense } from "react";
import { DashboardNav } from "@/components/dashboard/DashboardNav";
import styles from "@/components/dashboard/dashboard.module.css";
import { OrgSwitcher } from "@/components/dashboard/OrgSwitcher";
import { SignOutButton } from "@/components/SignOutButton";
import { requireMe } from "@/lib/session/requireMe";

export default function OrgLayout({ children, params }: LayoutProps<"/dashboard/[orgId]">) {
  return (
    <div className={`container ${styles.shell}`}>
      <aside className={styles.side}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Side params={params} />
        </Suspense>
      </aside>
      <div className={styles.main}>
        <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense>
      </div>
    </div>
  );
}

async function Side({ params }: { params: Promise<{ orgId: string }> }) {
  const [{ orgId }, me] = await Promise.all([params, requireMe()]);
  const role = me.memberships.find((m) => m.organizationId === orgId)?.role;
  return (
    <>
      <OrgSwitcher current={orgId} organisations={me.memberships} />
      {role && <DashboardNav orgId={orgId} role={role} />}
      <div className={styles.who}>
        <span>Signed in as {me.email ?? me.walletAddress ?? me.name}</span>
        <Link href="/account">Your account</Link>
        <SignOutButton />
      </div>
    </>
  );
}
