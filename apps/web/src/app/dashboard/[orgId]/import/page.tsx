import type { Metadata } from "next";
import { BulkImport } from "@/components/dashboard/BulkImport";

export const metadata: Metadata = { title: "Bulk import" };

export default async function ImportPage({ params }: PageProps<"/dashboard/[orgId]/import">) {
  const { orgId } = await params;
  return (
    <>
      <div>
        <h1 className="page-title">Bulk import</h1>
        <p className="muted">
          Import many events at once from a spreadsheet or from another EPCIS 2.0 system.
        </p>
      </div>
      <BulkImport orgId={orgId} />
    </>
  );
}
