import { Prisma } from "@tracemark/db";

/** How many hops (transformations, aggregations) a recall is followed downstream at most. */
export const RECALL_REACH_DEPTH = 32;

/** A node a recall reaches: a lot we know, or an identifier of no known lot (a pallet's SSCC). */
export type ReachedNode = { lotId: string | null; value: string | null };

export type ReachStep = ReachedNode & {
  /** Hops from the recalled lot (0 for the recalled lot itself), the least over all paths. */
  depth: number;
  /** The node it was reached from (on a shortest path); none for the recalled lot. */
  from: ReachedNode | null;
  via: "transformation" | "aggregation" | null;
};

export type ReachOfRecallsParameters = {
  /** Which recalls to follow: these ids, or (none given) every active recall. */
  recallIds?: string[] | undefined;
  depth?: number | undefined;
};
/** Per recall id, every node it reaches with how (shortest paths). */
export type ReachOfRecallsReturnType = Map<string, ReachStep[]>;

type Row = {
  recall_id: string;
  lot_id: string | null;
  value: string | null;
  depth: number;
  from_lot: string | null;
  from_value: string | null;
  via: "transformation" | "aggregation" | null;
};

const CHILD_ROLES = Prisma.sql`('child', 'childQuantity', 'epc', 'quantity')`;

/**
 * Everything downstream of recalled lots: outputs of transformations that consumed them (inputs →
 * outputs), what they were packed into (children → parent; a DELETE unpacks parent → children),
 * at any depth up to `depth`. One recursive SQL walk over `event_identifiers` (by `lotId`, or by
 * `value` for identifiers of no known lot), from every recall's lot at once; cycles and diamonds are
 * cut by the walk's set semantics (a node is walked on from once per depth) and the depth bound. Links are
 * followed as stored: `storeEvents` links an event to a lot only when its organisation may record
 * it. Who holds what is reached (owners, custody) is the
 * caller's question.
 *
 * @example
 * const reach = await reachOfRecalls(db.prisma, { recallIds: [recall.id] });
 */
export async function reachOfRecalls(
  prisma: Prisma.TransactionClient,
  parameters: ReachOfRecallsParameters = {},
): Promise<ReachOfRecallsReturnType> {
  const depth = parameters.depth ?? RECALL_REACH_DEPTH;
  const seeds = parameters.recallIds
    ? Prisma.sql`r.id = ANY(${parameters.recallIds}::uuid[])`
    : Prisma.sql`r.status = 'active'`;
  const rows = await prisma.$queryRaw<Row[]>`
    WITH RECURSIVE reach(recall_id, lot_id, value, depth, from_lot, from_value, via) AS (
      SELECT r.id, r."lotId", NULL::text, 0, NULL::uuid, NULL::text, NULL::text FROM recalls r WHERE ${seeds}
      UNION
      SELECT w.recall_id, i2."lotId", CASE WHEN i2."lotId" IS NULL THEN i2.value END, w.depth + 1, w.lot_id, w.value,
             CASE WHEN e.type = 'TransformationEvent' THEN 'transformation' ELSE 'aggregation' END
      FROM reach w
      JOIN event_identifiers i1 ON (i1."lotId" = w.lot_id OR (w.lot_id IS NULL AND i1.value = w.value))
      JOIN events e ON e.id = i1."eventId"
      JOIN event_identifiers i2 ON i2."eventId" = i1."eventId"
      WHERE w.depth < ${depth}
        AND NOT (i2."lotId" IS NOT DISTINCT FROM w.lot_id
                 AND (i2."lotId" IS NOT NULL OR i2.value IS NOT DISTINCT FROM w.value))
        AND CASE
          WHEN e.type = 'TransformationEvent' THEN
            i1.role IN ('input', 'inputQuantity') AND i2.role IN ('output', 'outputQuantity')
          WHEN e.action = 'DELETE' THEN i1.role = 'parent' AND i2.role IN ${CHILD_ROLES}
          ELSE i1.role IN ${CHILD_ROLES} AND i2.role = 'parent'
        END
    )
    SELECT DISTINCT ON (recall_id, lot_id, value) recall_id, lot_id, value, depth, from_lot, from_value, via
    FROM reach
    ORDER BY recall_id, lot_id, value, depth, from_lot, from_value`;

  const reach: ReachOfRecallsReturnType = new Map();
  for (const row of rows) {
    const steps = reach.get(row.recall_id) ?? [];
    steps.push({
      lotId: row.lot_id,
      value: row.value,
      depth: row.depth,
      from: row.depth === 0 ? null : { lotId: row.from_lot, value: row.from_value },
      via: row.via,
    });
    reach.set(row.recall_id, steps);
  }
  for (const steps of reach.values()) steps.sort((a, b) => a.depth - b.depth);
  return reach;
}

/**
 * The path from the recalled lot to `node` along the walk's shortest links, the recalled lot first.
 *
 * @example
 * pathTo(reach.get(recallId) ?? [], { lotId, value: null })
 */
export function pathTo(steps: ReachStep[], node: ReachedNode): ReachStep[] {
  const key = (n: ReachedNode) => (n.lotId ? `lot:${n.lotId}` : `id:${n.value}`);
  const byKey = new Map(steps.map((s) => [key(s), s]));
  const path: ReachStep[] = [];
  let step = byKey.get(key(node));
  while (step) {
    path.unshift(step);
    step = step.from ? byKey.get(key(step.from)) : undefined;
  }
  return path;
}
