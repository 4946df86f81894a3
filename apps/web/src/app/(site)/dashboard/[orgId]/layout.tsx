import { DashboardNav } from "@/components/dashboard/DashboardNav";
import { DashboardShell } from "@/components/dashboard/DashboardShell";
import { OrgSwitcher } from "@/components/dashboard/OrgSwitcher";
import { SignedIn } from "@/components/dashboard/SignedIn";
import { requireMe } from "@/lib/session/requireMe";

export default function OrgLayout({ children, params }: LayoutProps<"/dashboard/[orgId]">) {
  return <DashboardShell side={<Side params={params} />}>{children}</DashboardShell>;
}

async function Side({ params }: { params: Promise<{ orgId: string }> }) {
  const [{ orgId }, me] = await Promise.all([params, requireMe()]);
  const role = me.memberships.find((m) => m.organizationId === orgId)?.role;
  return (
    <>
      <OrgSwitcher current={orgId} organisations={me.memberships} />
      {role && <DashboardNav orgId={orgId} role={role} />}
      <SignedIn as={`Signed in as ${me.email ?? me.walletAddress ?? me.name}`} />
    </>
  );
}
