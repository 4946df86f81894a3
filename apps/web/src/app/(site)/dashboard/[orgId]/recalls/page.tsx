import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import { AnchorBadge } from "@/components/dashboard/AnchorBadge";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { PageLinks } from "@/components/dashboard/PageLinks";
import { api, dataOf } from "@/lib/api/api";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Recalls" };

export default async function RecallsPage({ params, searchParams }: PageProps<"/dashboard/[orgId]/recalls">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const [recalls, affecting] = await Promise.all([
    dataOf(
      api.GET("/orgs/{orgId}/recalls", {
        params: {
          path: { orgId },
          query: {
            limit: 50,
            cursor: searchParam(search, "cursor"),
          },
        },
      }),
    ),
    dataOf(api.GET("/orgs/{orgId}/recalls/affecting", { params: { path: { orgId } } })),
  ]);
  return (
    <>
      <PageIntro title="Recalls">
        {roleAtLeast(role, "admin")
          ? "Declare or lift a recall from the lot’s page; shoppers see it at once."
          : "Admins and owners declare or lift a recall from the lot’s page; shoppers see it at once."}
      </PageIntro>
      <section aria-labelledby="affecting-title" data-testid="recalls-affecting">
        <h2 id="affecting-title">Recalls affecting you</h2>
        <DataTable
          columns={["Your lot", "Recalled lot", "Reason", "How it reaches you", "Received", "Last seen"]}
          items={affecting.items}
          empty="No recall reaches your lots or lots you received."
          row={(a) => (
            <tr key={`${a.recall.id}/${a.lot.id}`}>
              <td>
                {a.lot.relation === "owned" ? (
                  <Link href={orgPath(orgId, "lots", a.lot.id)}>
                    {a.lot.productName} · {a.lot.lotCode}
                  </Link>
                ) : (
                  `${a.lot.productName} · ${a.lot.lotCode} (${a.lot.organisation}’s)`
                )}
              </td>
              <td>
                {a.recall.productName} · {a.recall.lotCode}
                <br />
                <span className="muted">
                  by {a.recall.organisation}, {formatDate(a.recall.declaredAt)}
                </span>
              </td>
              <td>{a.recall.reason}</td>
              <td>
                {a.path
                  .map((step) =>
                    step.lotCode
                      ? `${step.lotCode}${step.via ? ` (${step.via})` : ""}`
                      : (step.identifier ?? "?"),
                  )
                  .join(" → ")}
              </td>
              <td>
                {a.received.length === 0
                  ? "—"
                  : a.received
                      .map(
                        (r) =>
                          `from ${r.from}, shipped ${formatDate(r.shippedAt)}${
                            r.receivedAt ? `, received ${formatDate(r.receivedAt)}` : ", not received yet"
                          }`,
                      )
                      .join("; ")}
              </td>
              <td>
                {a.lastLocation
                  ? `${a.lastLocation.name ?? a.lastLocation.uri}, ${formatDate(a.lastLocation.seenAt)}`
                  : "—"}
              </td>
            </tr>
          )}
        />
      </section>
      <h2>Your recalls</h2>
      <DataTable
        columns={["Lot", "Reason", "Declared", "Status", "On chain"]}
        items={recalls.items}
        empty={affecting.items.length === 0 ? "No recalls. That’s good news." : "None declared by you."}
        row={(r) => (
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
              <AnchorBadge status={r.chainStatus} />
            </td>
          </tr>
        )}
      />
      <PageLinks
        path={orgPath(orgId, "recalls")}
        search={search}
        nextCursor={recalls.nextCursor}
        noun="recalls"
      />
    </>
  );
}
