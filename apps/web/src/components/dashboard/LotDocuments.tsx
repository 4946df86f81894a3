import type { Route } from "next";
import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import type { LotDocument } from "@/lib/api/types";
import { formatBytes } from "@/lib/format/formatBytes";
import { formatEventTime } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { cbvLabel } from "./labels";

export type LotDocumentsProps = {
  orgId: string;
  documents: LotDocument[];
  /** The URL of the next (older) page, when there is one. */
  olderHref?: string | undefined;
};

/** The documents attached to a lot's events: name, type, size, SHA-256, the events, a download link. */
export function LotDocuments({ orgId, documents, olderHref }: LotDocumentsProps) {
  if (documents.length === 0) {
    return <p className="muted">No documents attached. Attach them when you record an event.</p>;
  }
  return (
    <>
      <DataTable
        columns={["Document", "Type", "Size", "SHA-256", "Attached to"]}
        items={documents}
        row={(d) => (
          <tr key={d.sha256}>
            <td>
              <a href={`/api/v1/orgs/${orgId}/documents/${d.sha256}`} download={d.fileName ?? d.sha256}>
                {d.fileName ?? "Document"}
              </a>
            </td>
            <td>{d.contentType}</td>
            <td>{formatBytes(d.size)}</td>
            <td className="mono" title={d.sha256}>
              {d.sha256}
            </td>
            <td>
              {d.events.map((e, i) => (
                <span key={e.id}>
                  {i > 0 ? ", " : ""}
                  <Link href={orgPath(orgId, "events", e.id)}>
                    {e.correctsEventHash ? "Correction of " : ""}
                    {cbvLabel(e.bizStep) !== "—" ? cbvLabel(e.bizStep) : "Event"},{" "}
                    {formatEventTime(e.eventTime, "+00:00", false)}
                  </Link>
                </span>
              ))}
            </td>
          </tr>
        )}
      />
      {olderHref && (
        <p>
          <Link href={olderHref as Route}>Older documents</Link>
        </p>
      )}
    </>
  );
}
