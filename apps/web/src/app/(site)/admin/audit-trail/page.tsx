import type { Metadata } from "next";
import { AuditTrail } from "@/components/admin/AuditTrail";
import { requirePlatformAdmin } from "@/components/admin/requirePlatformAdmin";
import { PageIntro } from "@/components/dashboard/PageIntro";

export const metadata: Metadata = { title: "Audit trail · Admin" };

/** The whole platform's audit trail (platform administrators). */
export default async function AdminAuditTrailPage({ searchParams }: PageProps<"/admin/audit-trail">) {
  await requirePlatformAdmin();
  return (
    <>
      <PageIntro title="Audit trail">
        Every recorded change on the platform, newest first: organisations, auditors, and each organisation's
        own.
      </PageIntro>
      <AuditTrail pagePath="/admin/audit-trail" searchParams={await searchParams} showOrganization />
    </>
  );
}
