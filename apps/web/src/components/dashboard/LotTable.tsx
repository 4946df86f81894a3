import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import type { Lot } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";

/** "Received from Org A on 4 Dec 2026", or, while the hand-over is pending, when it was shipped. */
export function receivedWords(from: NonNullable<Lot["receivedFrom"]>): string {
  return from.status === "completed"
    ? `Received from ${from.name} on ${formatDate(from.completedAt ?? from.shippedAt)}`
    : `Received from ${from.name}: shipped ${formatDate(from.shippedAt)}, not received yet`;
}

/**
 * Lots as a table: code (linked to the lot page, with who handed it over when the organisation
 * received it), optionally the product, dates, quantity, recall state.
 */
export function LotTable({
  orgId,
  lots,
  showProduct,
  empty,
}: {
  orgId: string;
  lots: Lot[];
  showProduct: boolean;
  /** What to say instead of the table when there are no lots. */
  empty: string;
}) {
  return (
    <DataTable
      columns={["Lot", showProduct && "Product", "Produced", "Expires", "Quantity", "State"]}
      items={lots}
      empty={empty}
      row={(lot) => (
        <tr key={lot.id}>
          <td>
            <Link href={orgPath(orgId, "lots", lot.id)}>{lot.lotCode}</Link>
            {lot.receivedFrom && (
              <>
                <br />
                <span className="muted" data-testid="received-from">
                  {receivedWords(lot.receivedFrom)}
                </span>
              </>
            )}
          </td>
          {showProduct && (
            <td>
              {lot.productName} <span className="muted mono">{lot.gtin}</span>
            </td>
          )}
          <td>{formatDate(lot.productionDate)}</td>
          <td>{formatDate(lot.expiryDate)}</td>
          <td>{lot.quantity ? `${lot.quantity} ${lot.unit ?? ""}` : "—"}</td>
          <td>
            <span className="badge" data-tone={lot.recallState === "recalled" ? "down" : "ok"}>
              {lot.recallState === "recalled" ? "Recalled" : "Active"}
            </span>
          </td>
        </tr>
      )}
    />
  );
}
