import type { Metadata } from "next";
import { AuditTrail } from "@/components/admin/AuditTrail";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { ForRole } from "@/components/dashboard/RoleRequired";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Audit trail" };

/** The organisation's audit trail (owners): every change to its master data, team, keys, webhooks and settings. */
export default async function AuditTrailPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/audit-trail">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  return (
    <>
      <PageIntro title="Audit trail">
        Every change to your products, lots, locations, team, invitations, API keys, webhooks and settings:
        who made it (a person or an API key), when, from where, and each field before and after. Secrets are
        never shown.
      </PageIntro>
      <ForRole minimum="owner" role={role} to="read the audit trail">
        <AuditTrail
          orgId={orgId}
          pagePath={`/dashboard/${orgId}/audit-trail`}
          searchParams={await searchParams}
        />
      </ForRole>
    </>
  );
}
