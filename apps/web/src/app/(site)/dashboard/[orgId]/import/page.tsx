import type { Metadata } from "next";
import { BulkImport } from "@/components/dashboard/BulkImport";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Bulk import" };

export default async function ImportPage({ params }: PageProps<"/dashboard/[orgId]/import">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  return (
    <>
      <div>
        <h1 className="page-title">Bulk import</h1>
        <p className="muted">
          Import products, locations, lots and events from a spreadsheet (CSV or XLSX), or events from another
          EPCIS 2.0 system.
        </p>
      </div>
      {roleAtLeast(role, "operator") ? (
        <BulkImport orgId={orgId} />
      ) : (
        <RoleRequired minimum="operator" role={role} to="import" />
      )}
    </>
  );
}
