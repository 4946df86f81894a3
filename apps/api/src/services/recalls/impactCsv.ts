import { csvRecord } from "../../util/csvRecord.ts";
import type { ImpactNode, ImpactOfLotReturnType, ImpactStep } from "./impactOfLot.ts";

/** The report's CSV columns, one row per reported node (the lot itself first, at depth 0). */
export const IMPACT_CSV_COLUMNS = [
  "direction",
  "depth",
  "gtin",
  "product",
  "lot",
  "identifier",
  "organisation",
  "relation",
  "quantity",
  "unit",
  "places",
  "holders",
  "path",
] as const;

/**
 * The impact report as CSV (RFC 4180, a header row): one row per node, its places, holders and path
 * each in one cell (`; ` between entries, ` > ` between path steps).
 *
 * @example
 * reply.send(impactCsv(await impactOfLot(db, { organizationId, lotId })));
 */
export function impactCsv(report: ImpactOfLotReturnType): string {
  const stepText = (step: ImpactStep) => {
    const name = step.lotCode
      ? `${step.gtin}/${step.lotCode} (${step.organisation})`
      : (step.identifier ?? step.id);
    const how = step.event
      ? `${step.via} by ${step.event.organisation} ${step.event.eventTime.slice(0, 10)}`
      : "";
    const custody = step.custody.map((c) => `custody ${c.from} to ${c.to}`).join(", ");
    return [how, custody, name].filter(Boolean).join(": ");
  };
  const row = (
    direction: string,
    node: Omit<ImpactNode, "path" | "depth"> & { depth: number; path: ImpactStep[] },
  ) =>
    csvRecord([
      direction,
      node.depth,
      node.gtin ?? "",
      node.productName ?? "",
      node.lotCode ?? "",
      node.identifier ?? "",
      node.organisation ?? "",
      node.relation ?? "",
      node.quantity ?? "",
      node.unit ?? "",
      node.places.map((p) => `${p.name ?? p.uri} (${p.lastSeenAt.slice(0, 10)})`).join("; "),
      node.holders
        .map((h) => `${h.organisation} (${h.status}, shipped ${h.shippedAt.slice(0, 10)})`)
        .join("; "),
      node.path.map(stepText).join(" > "),
    ]);
  return [
    csvRecord(IMPACT_CSV_COLUMNS),
    row("lot", { ...report.lot, depth: 0, path: [] }),
    ...report.upstream.map((node) => row("upstream", node)),
    ...report.downstream.map((node) => row("downstream", node)),
  ].join("");
}
