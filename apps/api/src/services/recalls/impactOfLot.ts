import type { Database } from "@tracemark/db";
import { placeSearchKey } from "@tracemark/sdk";
import { NotFoundError } from "../../errors/domain.ts";
import { LOCATION_URN } from "../identifiers/epcisIdentifiers.ts";
import { lotGraphWalk } from "../lots/lotGraphWalk.ts";

/** How many hops an impact report follows by default, and at most. */
export const IMPACT_DEFAULT_DEPTH = 10;
export const IMPACT_MAX_DEPTH = 32;

/**
 * How the caller stands to a lot: `owned` (its own), `received` (shipped to it), `other` (another
 * organisation's lot it neither owns nor received: only its public face is shown).
 */
export type ImpactRelation = "owned" | "received" | "other";

export type ImpactPlace = { uri: string; name: string | null; lastSeenAt: string };
export type ImpactHolder = {
  organisation: string;
  status: "pending" | "completed" | "cancelled";
  shippedAt: string;
  receivedAt: string | null;
};

/** A lot (or an identifier of no known lot, e.g. a pallet's SSCC) the report reaches. */
export type ImpactNode = {
  /** A public key: the lot's GS1 Digital Link path (`/01/{gtin}/10/{lot}`), else the identifier. */
  id: string;
  /** Our id of the lot, only when the caller owns or received it (it can open it). */
  lotId: string | null;
  depth: number;
  gtin: string | null;
  productName: string | null;
  lotCode: string | null;
  /** The identifier, for a node of no known lot. */
  identifier: string | null;
  /** The lot's owner (any organisation: its name is public). */
  organisation: string | null;
  relation: ImpactRelation | null;
  /** The lot's quantity, places and holders: only for lots the caller owns or received. */
  quantity: string | null;
  unit: string | null;
  /** Where the lot's events put it, latest first (owner's and receivers' for an owner, the owner's and its own for a receiver). */
  places: ImpactPlace[];
  /** Whom it was shipped to: every hand-over for an owner, those to the caller for a receiver. */
  holders: ImpactHolder[];
  /** From the reported lot to this node along a shortest path, the reported lot first. */
  path: ImpactStep[];
};

export type ImpactStep = {
  id: string;
  gtin: string | null;
  lotCode: string | null;
  organisation: string | null;
  identifier: string | null;
  /** How this step was reached from the one before (none for the reported lot). */
  via: "transformation" | "aggregation" | null;
  event: { type: string; bizStep: string | null; eventTime: string; organisation: string } | null;
  /** The hand-overs the link rests on: a lot of one organisation used by another that received it. */
  custody: { lot: string; from: string; to: string }[];
};

export type ImpactOfLotParameters = {
  organizationId: string;
  lotId: string;
  /** Hops followed each way (1 to `IMPACT_MAX_DEPTH`). */
  depth?: number | undefined;
};

export type ImpactOfLotReturnType = {
  lot: Omit<ImpactNode, "path" | "depth">;
  depth: number;
  /** Whether links go on beyond `depth` (raise it to see them). */
  truncated: boolean;
  /** What the lot was made from and came in, nearest first. */
  upstream: ImpactNode[];
  /** What it became and went into, nearest first. */
  downstream: ImpactNode[];
  /** Every organisation that owns a reported lot or holds one the caller may see the holders of. */
  organisations: { name: string; lots: number; holds: number }[];
};

type StepRow = {
  dir: "backward" | "forward";
  lot_id: string | null;
  value: string | null;
  depth: number;
  from_lot: string | null;
  from_value: string | null;
  event_type: string | null;
  event_biz_step: string | null;
  event_time: Date | null;
  event_org_id: string | null;
  event_org: string | null;
  lot_org_id: string | null;
  lot_org: string | null;
  gtin: string | null;
  product_name: string | null;
  lot_code: string | null;
  quantity: string | null;
  unit: string | null;
  received: boolean;
};

/**
 * The recall impact report of a lot: every lot upstream and downstream of it (transformations,
 * aggregations, and the custody hand-overs that let another organisation use a lot), with the
 * organisation owning each, its quantity, places and holders, and the shortest path that links it to
 * the lot. One walk (`lotGraphWalk`, the trace's) a hop deeper than `depth`, to tell whether the
 * report is cut short; cycles and diamonds are cut by the walk, each node is reported once per
 * direction at its least depth. Tenancy: the lot is reported to its owner and to organisations it was
 * shipped to (`NotFoundError` for anyone else); of another organisation's lot the report shows its
 * public face (product, GTIN, lot code, owner's name, the links' events' type, time and
 * organisation), never its quantity, places or holders.
 *
 * @example
 * const report = await impactOfLot(db, { organizationId, lotId, depth: 10 });
 */
export async function impactOfLot(
  db: Database,
  parameters: ImpactOfLotParameters,
): Promise<ImpactOfLotReturnType> {
  const { organizationId, lotId } = parameters;
  const depth = parameters.depth ?? IMPACT_DEFAULT_DEPTH;
  const rows = await db.prisma.$queryRaw<StepRow[]>`
    ${lotGraphWalk({ lotId, directions: ["backward", "forward"], depth: depth + 1, viewerId: organizationId })},
    first AS (
      SELECT DISTINCT ON (dir, lot_id, value) dir, lot_id, value, depth, event_id, from_lot, from_value
      FROM walk ORDER BY dir, lot_id, value, depth, from_lot, from_value, event_id
    )
    SELECT f.dir, f.lot_id, f.value, f.depth, f.from_lot, f.from_value,
           e.type AS event_type, e."bizStep" AS event_biz_step, e."eventTime" AS event_time,
           e."organizationId" AS event_org_id, eo.name AS event_org,
           l."organizationId" AS lot_org_id, lo.name AS lot_org, p.gtin, p.name AS product_name, l."lotCode" AS lot_code,
           l.quantity::text AS quantity, l.unit,
           EXISTS (SELECT 1 FROM custody_transfers c WHERE c."lotId" = f.lot_id AND c."toOrgId" = ${organizationId}::uuid
                   AND c.status IN ('pending', 'completed')) AS received
    FROM first f
    LEFT JOIN events e ON e.id = f.event_id
    LEFT JOIN organizations eo ON eo.id = e."organizationId"
    LEFT JOIN lots l ON l.id = f.lot_id
    LEFT JOIN products p ON p.id = l."productId"
    LEFT JOIN organizations lo ON lo.id = l."organizationId"`;

  const relationOf = (row: StepRow): ImpactRelation | null =>
    !row.lot_id || !row.lot_org_id
      ? null
      : row.lot_org_id === organizationId
        ? "owned"
        : row.received
          ? "received"
          : "other";
  const root = rows.find((r) => r.depth === 0);
  if (!root || !["owned", "received"].includes(relationOf(root) ?? ""))
    throw new NotFoundError("No lot with this id is visible to the organisation.");

  const key = (lot: string | null, value: string | null) => (lot ? `lot:${lot}` : `id:${value}`);
  const byStep = new Map(rows.map((r) => [`${r.dir}|${key(r.lot_id, r.value)}`, r]));
  const publicId = (row: StepRow) =>
    row.lot_id && row.gtin
      ? `/01/${row.gtin}/10/${encodeURIComponent(row.lot_code ?? "")}`
      : (row.value ?? row.lot_id ?? "");
  // A cycle back to the lot itself is not reported as a node of its own.
  const beyondRoot = rows.filter((r) => r.depth > 0 && r.lot_id !== lotId);
  const shown = beyondRoot.filter((r) => r.depth <= depth);
  const truncated = beyondRoot.some((r) => r.depth > depth);
  const visible = [root, ...shown].filter((r) => relationOf(r) === "owned" || relationOf(r) === "received");
  const [places, holders] = await Promise.all([
    placesOf(db, organizationId, visible),
    holdersOf(db, organizationId, visible),
  ]);

  const face = (row: StepRow): Omit<ImpactNode, "path" | "depth"> => {
    const relation = relationOf(row);
    const open = relation === "owned" || relation === "received";
    return {
      id: publicId(row),
      lotId: open ? row.lot_id : null,
      gtin: row.gtin,
      productName: row.product_name,
      lotCode: row.lot_code,
      identifier: row.lot_id ? null : row.value,
      organisation: row.lot_org,
      relation,
      quantity: open && row.quantity ? trimDecimal(row.quantity) : null,
      unit: open ? row.unit : null,
      places: (open && row.lot_id && places.get(row.lot_id)) || [],
      holders: (open && row.lot_id && holders.get(row.lot_id)) || [],
    };
  };
  const stepOf = (row: StepRow, previous: StepRow | undefined): ImpactStep => {
    const ends = previous ? [previous, row] : [];
    return {
      id: publicId(row),
      gtin: row.gtin,
      lotCode: row.lot_code,
      organisation: row.lot_org,
      identifier: row.lot_id ? null : row.value,
      via: row.event_type
        ? row.event_type === "TransformationEvent"
          ? "transformation"
          : "aggregation"
        : null,
      event:
        row.event_type && row.event_time && row.event_org
          ? {
              type: row.event_type,
              bizStep: row.event_biz_step,
              eventTime: row.event_time.toISOString(),
              organisation: row.event_org,
            }
          : null,
      custody: ends.flatMap((end) =>
        end.lot_org_id && row.event_org_id && end.lot_org_id !== row.event_org_id
          ? [{ lot: publicId(end), from: end.lot_org ?? "", to: row.event_org ?? "" }]
          : [],
      ),
    };
  };
  const pathOf = (row: StepRow): ImpactStep[] => {
    const chain: StepRow[] = [];
    for (
      let at: StepRow | undefined = row;
      at && chain.length <= depth;
      at = at.depth > 0 ? byStep.get(`${at.dir}|${key(at.from_lot, at.from_value)}`) : undefined
    )
      chain.unshift(at);
    return chain.map((step, i) => stepOf(step, chain[i - 1]));
  };
  const nodesOf = (dir: StepRow["dir"]) =>
    shown
      .filter((r) => r.dir === dir)
      .map((r): ImpactNode => ({ ...face(r), depth: r.depth, path: pathOf(r) }))
      .sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id));
  const upstream = nodesOf("backward");
  const downstream = nodesOf("forward");

  const lot = face(root);
  const organisations = new Map<string, { name: string; lots: Set<string>; holds: Set<string> }>();
  const count = (name: string | null, kind: "lots" | "holds", node: string) => {
    if (!name) return;
    const entry = organisations.get(name) ?? { name, lots: new Set(), holds: new Set() };
    entry[kind].add(node);
    organisations.set(name, entry);
  };
  for (const node of [lot, ...upstream, ...downstream]) {
    count(node.organisation, "lots", node.id);
    for (const holder of node.holders)
      if (holder.status !== "cancelled") count(holder.organisation, "holds", node.id);
  }
  return {
    lot,
    depth,
    truncated,
    upstream,
    downstream,
    organisations: [...organisations.values()]
      .map((o) => ({ name: o.name, lots: o.lots.size, holds: o.holds.size }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function trimDecimal(value: string): string {
  return value.includes(".") ? value.replace(/\.?0+$/, "") : value;
}

/**
 * The places of each lot's events the caller may see, latest first: of an owned lot, the events that
 * may record it (its own and its receivers'); of a received lot, the owner's and the caller's own.
 * A place is named where the event's organisation registered it (its GLN or location id, matched by
 * the key trace search uses, `placeSearchKey`).
 */
async function placesOf(db: Database, organizationId: string, lots: StepRow[]) {
  const lotIds = lots.flatMap((l) => (l.lot_id ? [l.lot_id] : []));
  const rows = await db.prisma.$queryRaw<{ lot_id: string; uri: string; org_id: string; seen: Date }[]>`
    SELECT i."lotId" AS lot_id, COALESCE(e."bizLocation", e."readPoint") AS uri, e."organizationId" AS org_id,
           max(e."eventTime") AS seen
    FROM event_identifiers i JOIN events e ON e.id = i."eventId" JOIN lots l ON l.id = i."lotId"
    WHERE i."lotId" = ANY(${lotIds}::uuid[]) AND COALESCE(e."bizLocation", e."readPoint") IS NOT NULL
      AND (e."organizationId" IN (${organizationId}::uuid, l."organizationId") OR l."organizationId" = ${organizationId}::uuid)
      AND (e."organizationId" = ${organizationId}::uuid OR e.visibility <> 'private')
    GROUP BY 1, 2, 3`;
  const names = await placeNames(
    db,
    rows.map((row) => ({ organizationId: row.org_id, key: placeSearchKey(row.uri) })),
  );
  const places = new Map<string, { lotId: string; uri: string; name: string | null; seen: Date }>();
  for (const row of rows) {
    const name = names.get(`${row.org_id} ${placeSearchKey(row.uri)}`) ?? null;
    const id = `${row.lot_id} ${row.uri}`;
    const place = places.get(id);
    if (!place) places.set(id, { lotId: row.lot_id, uri: row.uri, name, seen: row.seen });
    else {
      if (row.seen > place.seen) place.seen = row.seen;
      if (name !== null && (place.name === null || name < place.name)) place.name = name;
    }
  }
  const byLot = new Map<string, ImpactPlace[]>();
  const latestFirst = [...places.values()].sort(
    (a, b) => b.seen.getTime() - a.seen.getTime() || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0),
  );
  for (const place of latestFirst) {
    byLot.set(place.lotId, [
      ...(byLot.get(place.lotId) ?? []),
      { uri: place.uri, name: place.name, lastSeenAt: place.seen.toISOString() },
    ]);
  }
  return byLot;
}

/** The name (the first by name) of each organisation's place with each key, keyed `${organisation} ${key}`. */
async function placeNames(db: Database, wanted: { organizationId: string; key: string }[]) {
  const rows = await db.prisma.$queryRaw<{ org_id: string; key: string; name: string }[]>`
    SELECT DISTINCT ON (loc."organizationId", k.key) loc."organizationId" AS org_id, k.key, loc.name
    FROM locations loc
    CROSS JOIN LATERAL (VALUES (lower(${LOCATION_URN} || loc.id::text)), ('gln:' || left(loc.gln, 12))) AS k(key)
    WHERE loc."organizationId" = ANY(${[...new Set(wanted.map((w) => w.organizationId))]}::uuid[])
      AND k.key = ANY(${[...new Set(wanted.map((w) => w.key))]}::text[])
    ORDER BY loc."organizationId", k.key, loc.name`;
  return new Map(rows.map((row) => [`${row.org_id} ${row.key}`, row.name]));
}

/** Each lot's hand-overs: all of them for an owned lot, those to the caller for a received one. */
async function holdersOf(db: Database, organizationId: string, lots: StepRow[]) {
  const owned = lots.flatMap((l) => (l.lot_id && l.lot_org_id === organizationId ? [l.lot_id] : []));
  const received = lots.flatMap((l) => (l.lot_id && l.lot_org_id !== organizationId ? [l.lot_id] : []));
  const transfers = await db.prisma.custodyTransfer.findMany({
    where: {
      OR: [{ lotId: { in: owned } }, { lotId: { in: received }, toOrgId: organizationId }],
    },
    select: {
      lotId: true,
      status: true,
      createdAt: true,
      completedAt: true,
      toOrg: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byLot = new Map<string, ImpactHolder[]>();
  for (const t of transfers) {
    byLot.set(t.lotId, [
      ...(byLot.get(t.lotId) ?? []),
      {
        organisation: t.toOrg.name,
        status: t.status,
        shippedAt: t.createdAt.toISOString(),
        receivedAt: t.completedAt?.toISOString() ?? null,
      },
    ]);
  }
  return byLot;
}
