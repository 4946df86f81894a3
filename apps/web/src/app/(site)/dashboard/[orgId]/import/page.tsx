import type { Metadata } from "next";
import { BulkImport } from "@/components/dashboard/BulkImport";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { ForRole } from "@/components/dashboard/RoleRequired";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Bulk import" };

export default async function ImportPage({ params }: PageProps<"/dashboard/[orgId]/import">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  return (
    <>
      <PageIntro title="Bulk import">
        Import products, locations, lots and events from a spreadsheet (CSV or XLSX), or events from another
        EPCIS 2.0 system.
      </PageIntro>
      <ForRole minimum="operator" role={role} to="import">
        <BulkImport orgId={orgId} />
      </ForRole>
    </>
  );
}
