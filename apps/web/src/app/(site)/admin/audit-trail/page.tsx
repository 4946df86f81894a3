import type { Metadata } from "next";
import { AuditTrail } from "@/components/admin/AuditTrail";
import { requirePlatformAdmin } from "@/components/admin/requirePlatformAdmin";

export const metadata: Metadata = { title: "Audit trail · Admin" };

/** The whole platform's audit trail (platform administrators). */
export default async function AdminAuditTrailPage({ searchParams }: PageProps<"/admin/audit-trail">) {
  await requirePlatformAdmin();
  return (
    <>
      <div>
        <h1 className="page-title">Audit trail</h1>
        <p className="muted">
          Every recorded change on the platform, newest first: organisations, auditors, and each
          organisation's own.
        </p>
      </div>
      <AuditTrail
        apiPath="/admin/audit-trail"
        pagePath="/admin/audit-trail"
        searchParams={await searchParams}
        showOrganization
      />
    </>
  );
}
