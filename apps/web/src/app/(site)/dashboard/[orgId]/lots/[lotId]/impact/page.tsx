import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import { BackToLot } from "@/components/dashboard/BackToLot";
import { PrintButton } from "@/components/dashboard/PrintButton";
import { FilterForm } from "@/components/forms/FilterForm";
import { SelectField } from "@/components/forms/SelectField";
import { api, dataOf } from "@/lib/api/api";
import { orNotFound } from "@/lib/api/orNotFound";
import type { ImpactLotFace, ImpactNode, ImpactStep } from "@/lib/api/traceSearch";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Recall impact report" };

const DEPTHS = [1, 2, 3, 5, 10, 20, 32];

/**
 * The recall impact report of a lot, to print or download (CSV, JSON): every lot upstream and
 * downstream, who owns and holds it, where it was, and the path that links it to this lot.
 */
export default async function ImpactPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/lots/[lotId]/impact">) {
  const [{ orgId, lotId }, search] = await Promise.all([params, searchParams]);
  await requireOrgRole(orgId);
  const depth = DEPTHS.includes(Number(search.depth)) ? Number(search.depth) : 10;
  const report = await orNotFound(
    dataOf(
      api.GET("/orgs/{orgId}/lots/{lotId}/impact", { params: { path: { orgId, lotId }, query: { depth } } }),
    ),
  );
  const { lot } = report;
  const download = (format: "csv" | "json") =>
    `/api/v1/orgs/${orgId}/lots/${lotId}/impact?format=${format}&depth=${depth}`;
  return (
    <article className="stack" data-testid="impact-report">
      <div className="page-head">
        <div style={{ flex: 1 }}>
          <BackToLot orgId={orgId} lotId={lotId} lot={lot} />
          <h1 className="page-title">Recall impact report</h1>
          <p>
            {lot.productName}, GTIN <span className="mono">{lot.gtin}</span>, lot{" "}
            <strong>{lot.lotCode}</strong> of {lot.organisation}
            {lot.quantity ? ` · ${lot.quantity} ${lot.unit ?? ""}` : ""}.
          </p>
          <p className="muted">
            {report.upstream.length} lots upstream, {report.downstream.length} downstream, up to{" "}
            {report.depth} {report.depth === 1 ? "hop" : "hops"}; printed{" "}
            {formatDate(new Date().toISOString())}.
            {report.truncated && " Links go on beyond this depth: choose a larger one to see them."}
          </p>
        </div>
      </div>
      <div className="row no-print">
        <FilterForm aria-label="Depth" submitLabel="Show">
          <SelectField
            label="Hops"
            name="depth"
            defaultValue={String(depth)}
            options={DEPTHS.map((d) => [String(d), d] as const)}
          />
        </FilterForm>
        <a className="btn" href={download("csv")} download data-testid="impact-csv">
          Download CSV
        </a>
        <a className="btn btn-secondary" href={download("json")} download>
          Download JSON
        </a>
        <PrintButton />
      </div>
      <section aria-labelledby="impact-lot">
        <h2 id="impact-lot">This lot</h2>
        <Facts orgId={orgId} lot={lot} />
      </section>
      <section aria-labelledby="impact-organisations">
        <h2 id="impact-organisations">Organisations</h2>
        <DataTable
          columns={["Organisation", "Lots it owns here", "Lots it holds (that you may see)"]}
          items={report.organisations}
          row={(o) => (
            <tr key={o.name}>
              <td>{o.name}</td>
              <td>{o.lots}</td>
              <td>{o.holds}</td>
            </tr>
          )}
        />
      </section>
      <NodeTable
        orgId={orgId}
        title="Downstream: what it became and went into"
        nodes={report.downstream}
        id="downstream"
      />
      <NodeTable
        orgId={orgId}
        title="Upstream: what it was made of and came in"
        nodes={report.upstream}
        id="upstream"
      />
      <p className="muted">
        Of another organisation&apos;s lot you see its product, lot and owner; its quantity, places and
        holders are its own.
      </p>
    </article>
  );
}

function Facts({ orgId, lot }: { orgId: string; lot: ImpactLotFace }) {
  return (
    <dl className="stack">
      <div>
        <dt>Where</dt>
        <dd>{lot.places.length > 0 ? lot.places.map(placeText).join("; ") : "—"}</dd>
      </div>
      <div>
        <dt>Shipped to</dt>
        <dd>{lot.holders.length > 0 ? lot.holders.map(holderText).join("; ") : "—"}</dd>
      </div>
      {lot.lotId && (
        <div className="no-print">
          <dt>Lot page</dt>
          <dd>
            <Link href={orgPath(orgId, "lots", lot.lotId)}>Open</Link>
          </dd>
        </div>
      )}
    </dl>
  );
}

function NodeTable({
  orgId,
  title,
  nodes,
  id,
}: {
  orgId: string;
  title: string;
  nodes: ImpactNode[];
  id: string;
}) {
  return (
    <section aria-labelledby={`impact-${id}`} data-testid={`impact-${id}`}>
      <h2 id={`impact-${id}`}>{title}</h2>
      <DataTable
        columns={["Hops", "Lot", "Owner", "Quantity", "Where", "Shipped to", "Path"]}
        items={nodes}
        empty="None."
        row={(node) => (
          <tr key={node.id}>
            <td>{node.depth}</td>
            <td>
              {node.lotId ? (
                <Link href={orgPath(orgId, "lots", node.lotId)}>{lotName(node)}</Link>
              ) : (
                lotName(node)
              )}
            </td>
            <td>
              {node.organisation ?? "—"}
              {node.relation === "received" ? " (received by you)" : ""}
            </td>
            <td>{node.quantity ? `${node.quantity} ${node.unit ?? ""}` : "—"}</td>
            <td>{node.places.length > 0 ? node.places.map(placeText).join("; ") : "—"}</td>
            <td>{node.holders.length > 0 ? node.holders.map(holderText).join("; ") : "—"}</td>
            <td>
              <ol className="stack" style={{ margin: 0, paddingInlineStart: "1.2em" }}>
                {node.path.slice(1).map((step) => (
                  <li key={`${step.id}-${step.event?.eventTime}`}>{stepText(step)}</li>
                ))}
              </ol>
            </td>
          </tr>
        )}
      />
    </section>
  );
}

function lotName(node: {
  productName: string | null;
  lotCode: string | null;
  gtin: string | null;
  identifier: string | null;
  id: string;
}) {
  return node.lotCode
    ? `${node.productName} · lot ${node.lotCode} (${node.gtin})`
    : (node.identifier ?? node.id);
}

function stepText(step: ImpactStep): string {
  const what = step.lotCode ? `lot ${step.lotCode} (${step.organisation})` : (step.identifier ?? step.id);
  const custody = step.custody.map((c) => `handed from ${c.from} to ${c.to}, `).join("");
  const how = step.event
    ? `${step.via === "transformation" ? "made into" : "packed with"} by ${step.event.organisation} on ${formatDate(step.event.eventTime)}`
    : "";
  return `${custody}${how}: ${what}`;
}

function placeText(place: ImpactLotFace["places"][number]): string {
  return `${place.name ?? place.uri} (last ${formatDate(place.lastSeenAt)})`;
}

function holderText(holder: ImpactLotFace["holders"][number]): string {
  const state =
    holder.status === "completed" ? "received" : holder.status === "pending" ? "on its way" : "cancelled";
  return `${holder.organisation} (${state}, shipped ${formatDate(holder.shippedAt)})`;
}
