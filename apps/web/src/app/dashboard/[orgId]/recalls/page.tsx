import type { Metadata } from "next";
import Link from "next/link";
import { apiRequest } from "@/lib/api/apiRequest";
import type { Page, Recall } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Recalls" };

export default async function RecallsPage({ params }: PageProps<"/dashboard/[orgId]/recalls">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  const recalls = await apiRequest<Page<Recall>>(`/orgs/${orgId}/recalls`, { query: { limit: 200 } });
  return (
    <>
      <div>
        <h1 className="page-title">Recalls</h1>
        <p className="muted">
          {roleAtLeast(role, "admin")
            ? "Declare or lift a recall from the lot’s page; shoppers see it at once."
            : "Admins and owners declare or lift a recall from the lot’s page; shoppers see it at once."}
        </p>
      </div>
      {recalls.items.length === 0 ? (
        <p className="empty">No recalls. That’s good news.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Lot</th>
                <th scope="col">Reason</th>
                <th scope="col">Declared</th>
                <th scope="col">Status</th>
                <th scope="col">On chain</th>
              </tr>
            </thead>
            <tbody>
              {recalls.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={orgPath(orgId, "lots", r.lotId)}>
                      {r.productName} · {r.lotCode}
                    </Link>
                  </td>
                  <td>{r.reason}</td>
                  <td>{formatDate(r.declaredAt)}</td>
                  <td>
                    <span className="badge" data-tone={r.status === "active" ? "down" : "ok"}>
                      {r.status === "active" ? "Active" : `Lifted ${formatDate(r.liftedAt)}`}
                    </span>
                  </td>
                  <td>
                    <span
                      className="badge"
                      data-tone={
                        r.chainStatus === "pending" || r.chainStatus === "submitted" ? "degraded" : "ok"
                      }
                    >
                      {r.chainStatus}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
