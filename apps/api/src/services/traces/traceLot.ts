import { createHash } from "node:crypto";
import { type Database, Prisma, type TransferStatus } from "@tracemark/db";
import { identifierKind } from "@tracemark/sdk";
import { NotFoundError } from "../../errors/domain.ts";
import { lotGraphWalk } from "../lots/lotGraphWalk.ts";

export type TraceDirection = "backward" | "forward" | "both";

export type TraceNode = {
  /**
   * A public key for the node: the lot's GS1 Digital Link path (`/01/{gtin}/10/{lot}`), else the
   * identifier; for an organisation holding a lot, `org:` and a digest of its id.
   */
  id: string;
  kind: "lot" | "item" | "container" | "class" | "other" | "organisation";
  /** Hops from the traced lot (0 for itself). */
  depth: number;
  /** Which walks reached it. */
  directions: ("backward" | "forward")[];
  gtin: string | null;
  lotCode: string | null;
  productName: string | null;
  organisation: { name: string } | null;
  /** Whether the node belongs to (or, for an organisation, is) the calling organisation. */
  own: boolean;
  /** The lot's id when the caller may open it: its own lots and those shipped to it. */
  lotId: string | null;
  /** Whether the lot is recalled (public: its consumer page says so). */
  recalled: boolean;
  /** The lot's own fields, only for the caller's own lots. */
  details: {
    lotId: string;
    quantity: string | null;
    unit: string | null;
    productionDate: string | null;
    expiryDate: string | null;
    recallState: "none" | "recalled";
  } | null;
};

export type TraceEdge = {
  kind: "transformation" | "aggregation" | "custody" | "event";
  from: string;
  to: string;
  event: {
    /** Our id, only for the caller's own events. */
    id: string | null;
    eventHash: string;
    type: string;
    action: string | null;
    bizStep: string | null;
    eventTime: string;
    organisation: { name: string };
    own: boolean;
  };
  /** For custody: who handed the lot to whom. */
  custody: { from: string; to: string; status: "pending" | "completed" | "cancelled" } | null;
};

export type TraceLotParameters = {
  organizationId: string;
  lotId: string;
  direction: TraceDirection;
  depth: number;
};
export type TraceLotReturnType = { root: string; nodes: TraceNode[]; edges: TraceEdge[] };

type TransferRow = {
  lotId: string;
  fromOrgId: string;
  toOrgId: string;
  shippingEventId: string;
  receivingEventId: string | null;
  status: TransferStatus;
  fromName: string;
  toName: string;
  eventHash: string;
  type: string;
  action: string | null;
  bizStep: string | null;
  eventTime: Date;
};
type LotRow = {
  id: string;
  organizationId: string;
  lotCode: string;
  quantity: string | null;
  unit: string | null;
  productionDate: Date | null;
  expiryDate: Date | null;
  recallState: "none" | "recalled";
  gtin: string;
  productName: string;
  orgName: string;
};
type TouchRow = {
  lot_id: string | null;
  value: string;
  id: string;
  organizationId: string;
  eventHash: string;
  type: string;
  action: string | null;
  bizStep: string | null;
  eventTime: Date;
  orgName: string;
};

type WalkRow = {
  lot_id: string | null;
  value: string | null;
  dir: "backward" | "forward";
  depth: number;
  event_id: string | null;
  from_lot: string | null;
  from_value: string | null;
};

/**
 * The trace graph of a lot across organisations: backward (what it was made from, what it came
 * in) and/or forward (what it became, where it went), through transformations (inputs → outputs)
 * and aggregations (children → parent; a DELETE unpacks parent → children), `depth` hops at most,
 * with the custody transfers and the other events of every node reached. One recursive SQL walk
 * over `event_identifiers` (by `lotId`, or by `value` for items and containers of no known lot);
 * repeated nodes and cycles are cut by the walk's set semantics and the depth bound. Nodes of other
 * organisations show only their public face (product, GTIN, lot code, organisation name, recalled
 * or not). Each organisation a lot of the graph was handed to (a pending or completed custody
 * transfer) is a node of its own, one hop downstream, linked from the lot by a `custody` edge
 * carrying the shipping event. An event links to a lot only when its organisation could record the
 * lot (the write rule of `storeEvents`, so the walk follows `event_identifiers` as stored); the lot
 * is traced by its owner and by organisations it was shipped to, `NotFoundError` for anyone else. Another
 * organisation's `private` events are left out, as steps and as links.
 *
 * @example
 * const graph = await traceLot(db, { organizationId, lotId, direction: "both", depth: 10 });
 */
export async function traceLot(db: Database, parameters: TraceLotParameters): Promise<TraceLotReturnType> {
  const { organizationId, lotId, direction, depth } = parameters;
  const [visible] = await db.prisma.$queryRaw<{ id: string }[]>`
    SELECT l.id FROM lots l
    WHERE l.id = ${lotId}::uuid AND (
      l."organizationId" = ${organizationId}::uuid
      OR EXISTS (SELECT 1 FROM custody_transfers c WHERE c."lotId" = l.id AND c."toOrgId" = ${organizationId}::uuid))`;
  if (!visible) throw new NotFoundError("No lot with this id is visible to the organisation.");

  // Another organisation's private events neither show nor link lots (see `listLotEvents`).
  const seenBy = Prisma.sql`(e."organizationId" = ${organizationId}::uuid OR e.visibility <> 'private')`;
  const directions: ("backward" | "forward")[] = direction === "both" ? ["backward", "forward"] : [direction];
  const walk = await db.prisma.$queryRaw<WalkRow[]>`
    ${lotGraphWalk({ lotId, directions, depth, viewerId: organizationId })}
    SELECT lot_id, value, dir, depth, event_id, from_lot, from_value FROM walk`;

  // Nodes at their least depth; edges once per event and pair of nodes.
  const nodeKey = (lot: string | null, value: string | null) => (lot ? `lot:${lot}` : `id:${value}`);
  const found = new Map<
    string,
    { lotId: string | null; value: string | null; depth: number; dirs: Set<string> }
  >();
  const links = new Map<string, { eventId: string; from: string; to: string; dir: string }>();
  for (const row of walk) {
    const key = nodeKey(row.lot_id, row.value);
    const node = found.get(key) ?? { lotId: row.lot_id, value: row.value, depth: row.depth, dirs: new Set() };
    node.depth = Math.min(node.depth, row.depth);
    if (row.depth > 0) node.dirs.add(row.dir);
    found.set(key, node);
    if (row.event_id) {
      const from = nodeKey(row.from_lot, row.from_value);
      // Edges point along time: a backward step is stored reversed.
      const [a, b] = row.dir === "forward" ? [from, key] : [key, from];
      links.set(`${row.event_id}|${a}|${b}`, { eventId: row.event_id, from: a, to: b, dir: row.dir });
    }
  }
  const lotIds = [...found.values()].flatMap((n) => (n.lotId ? [n.lotId] : []));
  const values = [...found.values()].flatMap((n) => (!n.lotId && n.value ? [n.value] : []));

  // Three queries in parallel: the lots, every event touching a node (linking ones included), custody.
  const [lotRows, touching, transfers] = await Promise.all([
    db.prisma.$queryRaw<LotRow[]>`
      SELECT l.id, l."organizationId", l."lotCode", l.quantity::text AS quantity, l.unit, l."productionDate",
             l."expiryDate", l."recallState"::text AS "recallState", p.gtin, p.name AS "productName", o.name AS "orgName"
      FROM lots l JOIN products p ON p.id = l."productId" JOIN organizations o ON o.id = l."organizationId"
      WHERE l.id = ANY(${lotIds}::uuid[])`,
    db.prisma.$queryRaw<TouchRow[]>`
      SELECT DISTINCT i."lotId" AS lot_id, i.value, e.id, e."organizationId", e."eventHash", e.type, e.action,
             e."bizStep", e."eventTime", o.name AS "orgName"
      FROM event_identifiers i JOIN events e ON e.id = i."eventId" JOIN organizations o ON o.id = e."organizationId"
      WHERE (i."lotId" = ANY(${lotIds}::uuid[]) OR (i."lotId" IS NULL AND i.value = ANY(${values}::text[])))
        AND ${seenBy}`,
    db.prisma.$queryRaw<TransferRow[]>`
      SELECT c."lotId", c."fromOrgId", c."toOrgId", c."shippingEventId", c."receivingEventId", c.status::text AS status,
             f.name AS "fromName", t.name AS "toName", s."eventHash", s.type, s.action, s."bizStep", s."eventTime"
      FROM custody_transfers c JOIN organizations f ON f.id = c."fromOrgId" JOIN organizations t ON t.id = c."toOrgId"
      JOIN events s ON s.id = c."shippingEventId"
      WHERE c."lotId" = ANY(${lotIds}::uuid[])`,
  ]);
  const lots = lotRows.map((l) => ({
    ...l,
    product: { gtin: l.gtin, name: l.productName },
    organization: { name: l.orgName },
  }));
  const lotEvents = touching.map((row) => ({ lot_id: row.lot_id, value: row.value, event_id: row.id }));
  const events = [
    ...new Map(touching.map((row) => [row.id, { ...row, organization: { name: row.orgName } }])).values(),
  ];
  const linkedEvents = new Set([...links.values()].map((l) => l.eventId));
  const custodyByEvent = new Map(
    transfers.flatMap((t) => {
      const custody = { from: t.fromName, to: t.toName, status: t.status };
      return [
        [t.shippingEventId, custody] as const,
        ...(t.receivingEventId ? [[t.receivingEventId, custody] as const] : []),
      ];
    }),
  );
  const eventById = new Map(events.map((e) => [e.id, e]));
  const lotById = new Map(lots.map((l) => [l.id, l]));
  const publicId = (key: string) => {
    if (key.startsWith("id:")) return key.slice(3);
    const lot = lotById.get(key.slice(4));
    return lot ? `/01/${lot.product.gtin}/10/${encodeURIComponent(lot.lotCode)}` : key;
  };

  const handedOver = transfers.filter((t) => t.status !== "cancelled");
  const received = new Set(handedOver.filter((t) => t.toOrgId === organizationId).map((t) => t.lotId));
  const nodes: TraceNode[] = [...found.entries()].map(([key, node]) => {
    const lot = node.lotId ? lotById.get(node.lotId) : undefined;
    const own = lot?.organizationId === organizationId;
    return {
      id: publicId(key),
      kind: lot ? "lot" : identifierKind(node.value ?? ""),
      depth: node.depth,
      directions: [...node.dirs].sort() as TraceNode["directions"],
      gtin: lot?.product.gtin ?? null,
      lotCode: lot?.lotCode ?? null,
      productName: lot?.product.name ?? null,
      organisation: lot ? { name: lot.organization.name } : null,
      own,
      lotId: lot && (own || received.has(lot.id)) ? lot.id : null,
      recalled: lot?.recallState === "recalled",
      details:
        lot && own
          ? {
              lotId: lot.id,
              quantity: lot.quantity?.includes(".") ? lot.quantity.replace(/\.?0+$/, "") : lot.quantity,
              unit: lot.unit,
              productionDate: lot.productionDate?.toISOString().slice(0, 10) ?? null,
              expiryDate: lot.expiryDate?.toISOString().slice(0, 10) ?? null,
              recallState: lot.recallState,
            }
          : null,
    };
  });

  const edgeEvent = (id: string) => {
    const event = eventById.get(id);
    if (!event) return undefined;
    const own = event.organizationId === organizationId;
    return {
      id: own ? event.id : null,
      eventHash: event.eventHash,
      type: event.type,
      action: event.action,
      bizStep: event.bizStep,
      eventTime: event.eventTime.toISOString(),
      organisation: { name: event.organization.name },
      own,
    };
  };
  const edges: TraceEdge[] = [];
  for (const link of links.values()) {
    const event = edgeEvent(link.eventId);
    if (!event) continue;
    edges.push({
      kind: event.type === "TransformationEvent" ? "transformation" : "aggregation",
      from: publicId(link.from),
      to: publicId(link.to),
      event,
      custody: null,
    });
  }
  // A hand-over's shipping event is drawn as the edge to the organisation it went to (below).
  const shipments = new Set(handedOver.map((t) => t.shippingEventId));
  for (const { lot_id, value, event_id } of lotEvents) {
    if (linkedEvents.has(event_id) || shipments.has(event_id)) continue;
    const event = edgeEvent(event_id);
    if (!event) continue;
    const id = publicId(nodeKey(lot_id, value));
    const custody = custodyByEvent.get(event_id) ?? null;
    edges.push({ kind: custody ? "custody" : "event", from: id, to: id, event, custody });
  }
  // Who holds what: each organisation a lot was handed to, once, one hop downstream of its first lot.
  const depthOf = new Map([...found.values()].flatMap((n) => (n.lotId ? [[n.lotId, n.depth] as const] : [])));
  const holders = new Map<string, TraceNode>();
  for (const t of handedOver) {
    const id = `org:${createHash("sha256").update(t.toOrgId).digest("hex").slice(0, 16)}`;
    const depth = (depthOf.get(t.lotId) ?? 0) + 1;
    const holder = holders.get(id);
    if (holder) holder.depth = Math.min(holder.depth, depth);
    else
      holders.set(id, {
        id,
        kind: "organisation",
        depth,
        directions: ["forward"],
        gtin: null,
        lotCode: null,
        productName: null,
        organisation: { name: t.toName },
        own: t.toOrgId === organizationId,
        lotId: null,
        recalled: false,
        details: null,
      });
    const own = t.fromOrgId === organizationId;
    edges.push({
      kind: "custody",
      from: publicId(`lot:${t.lotId}`),
      to: id,
      event: {
        id: own ? t.shippingEventId : null,
        eventHash: t.eventHash,
        type: t.type,
        action: t.action,
        bizStep: t.bizStep,
        eventTime: t.eventTime.toISOString(),
        organisation: { name: t.fromName },
        own,
      },
      custody: { from: t.fromName, to: t.toName, status: t.status },
    });
  }
  nodes.push(...holders.values());
  edges.sort(
    (x, y) =>
      x.event.eventTime.localeCompare(y.event.eventTime) ||
      x.event.eventHash.localeCompare(y.event.eventHash),
  );
  nodes.sort((x, y) => x.depth - y.depth || x.id.localeCompare(y.id));
  return { root: publicId(`lot:${lotId}`), nodes, edges };
}
