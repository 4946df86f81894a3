import type { Metadata } from "next";
import Link from "next/link";
import { requirePlatformAdmin } from "@/components/admin/requirePlatformAdmin";
import { StatusActions } from "@/components/admin/StatusActions";
import { DataTable } from "@/components/DataTable/DataTable";
import { api, dataOf } from "@/lib/api/api";
import { orNotFound } from "@/lib/api/orNotFound";
import { formatDate } from "@/lib/format/formatEventTime";

export const metadata: Metadata = { title: "Organisation · Admin" };

/** One organisation as the platform sees it: its details, what it holds, its members. */
export default async function AdminOrganizationPage({ params }: PageProps<"/admin/organizations/[orgId]">) {
  await requirePlatformAdmin();
  const { orgId } = await params;
  const org = await orNotFound(
    dataOf(api.GET("/admin/organizations/{orgId}", { params: { path: { orgId } } })),
  );
  return (
    <>
      <div>
        <Link href="/admin">← Console</Link>
        <h1 className="page-title">{org.name}</h1>
        <p>
          <span className="badge" data-tone={org.status === "active" ? "ok" : "warn"}>
            {org.status}
          </span>
        </p>
        <StatusActions orgId={org.id} name={org.name} status={org.status} />
      </div>
      <dl className="stack">
        <div>
          <dt>GLN</dt>
          <dd>{org.gln ?? "—"}</dd>
        </div>
        <div>
          <dt>Public (registry) id</dt>
          <dd className="mono">{org.chainOrgId ?? "not admitted yet"}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDate(org.createdAt)}</dd>
        </div>
        <div>
          <dt>Holds</dt>
          <dd>
            {org.counts.products ?? 0} products, {org.counts.lots ?? 0} lots, {org.counts.locations ?? 0}{" "}
            locations, {org.counts.events ?? 0} events, {org.counts.apiKeys ?? 0} API keys
          </dd>
        </div>
      </dl>
      <h2>Members</h2>
      <DataTable
        columns={["Member", "Wallet", "Role", "Joined"]}
        items={org.members}
        row={(m) => (
          <tr key={m.id}>
            <td>{m.email ?? m.name ?? "—"}</td>
            <td className="mono">{m.walletAddress ?? "—"}</td>
            <td>{m.role}</td>
            <td>{formatDate(m.joinedAt)}</td>
          </tr>
        )}
      />
    </>
  );
}
