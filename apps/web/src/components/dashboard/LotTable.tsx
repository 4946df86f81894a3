import Link from "next/link";
import type { Lot } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";

/** Lots as a table: code (linked to the lot page), optionally the product, dates, quantity, recall state. */
export function LotTable({ orgId, lots, showProduct }: { orgId: string; lots: Lot[]; showProduct: boolean }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Lot</th>
            {showProduct && <th scope="col">Product</th>}
            <th scope="col">Produced</th>
            <th scope="col">Expires</th>
            <th scope="col">Quantity</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {lots.map((lot) => (
            <tr key={lot.id}>
              <td>
                <Link href={orgPath(orgId, "lots", lot.id)}>{lot.lotCode}</Link>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
