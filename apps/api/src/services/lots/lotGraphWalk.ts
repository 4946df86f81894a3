import { Prisma } from "@tracemark/db";

export type LotGraphWalkParameters = {
  /** Where the walk starts. */
  lotId: string;
  directions: ("backward" | "forward")[];
  /** Hops at most. */
  depth: number;
  /** Whose walk it is: another organisation's `private` events neither show nor link lots. */
  viewerId: string;
};

const CHILD_ROLES = Prisma.sql`('child', 'childQuantity', 'epc', 'quantity')`;

/**
 * The `WITH RECURSIVE walk(lot_id, value, dir, depth, event_id, from_lot, from_value)` clause of a
 * lot's graph, for a query to select from: backward (what it was made from, what it came in) and/or
 * forward (what it became, where it went), through transformations (inputs → outputs) and
 * aggregations (children → parent; a DELETE unpacks parent → children), `depth` hops at most. One row
 * per step: the node reached (a lot, or the identifier of no known lot), the walk's direction and
 * hops, the linking event and the node it was reached from (none for the start, at depth 0). Links
 * are followed as stored (`storeEvents` links an event to a lot only when its organisation may record
 * it), except through another organisation's `private` events. Repeated nodes,
 * diamonds and cycles are cut by the walk's set semantics and the depth bound. `traceLot` and
 * `impactOfLot` select from it.
 *
 * @example
 * await db.prisma.$queryRaw`${lotGraphWalk({ lotId, directions: ["forward"], depth: 10, viewerId })} SELECT * FROM walk`;
 */
export function lotGraphWalk(parameters: LotGraphWalkParameters): Prisma.Sql {
  const { lotId, directions, depth, viewerId } = parameters;
  return Prisma.sql`
    WITH RECURSIVE walk(lot_id, value, dir, depth, event_id, from_lot, from_value) AS (
      SELECT ${lotId}::uuid, NULL::text, d.dir, 0, NULL::uuid, NULL::uuid, NULL::text
      FROM unnest(${directions}::text[]) AS d(dir)
      UNION
      SELECT i2."lotId", CASE WHEN i2."lotId" IS NULL THEN i2.value END, w.dir, w.depth + 1, e.id, w.lot_id, w.value
      FROM walk w
      JOIN event_identifiers i1 ON (i1."lotId" = w.lot_id OR i1.value = w.value)
      JOIN events e ON e.id = i1."eventId"
      JOIN event_identifiers i2 ON i2."eventId" = i1."eventId"
      WHERE w.depth < ${depth}
        AND (e."organizationId" = ${viewerId}::uuid OR e.visibility <> 'private')
        AND NOT (i2."lotId" IS NOT DISTINCT FROM w.lot_id
                 AND (i2."lotId" IS NOT NULL OR i2.value IS NOT DISTINCT FROM w.value))
        AND w.dir = CASE
          WHEN e.type = 'TransformationEvent' THEN CASE
            WHEN i1.role IN ('input', 'inputQuantity') AND i2.role IN ('output', 'outputQuantity') THEN 'forward'
            WHEN i1.role IN ('output', 'outputQuantity') AND i2.role IN ('input', 'inputQuantity') THEN 'backward' END
          WHEN e.action = 'DELETE' THEN CASE
            WHEN i1.role = 'parent' AND i2.role IN ${CHILD_ROLES} THEN 'forward'
            WHEN i1.role IN ${CHILD_ROLES} AND i2.role = 'parent' THEN 'backward' END
          ELSE CASE
            WHEN i1.role IN ${CHILD_ROLES} AND i2.role = 'parent' THEN 'forward'
            WHEN i1.role = 'parent' AND i2.role IN ${CHILD_ROLES} THEN 'backward' END
        END
    )`;
}
