import { type Database, Prisma } from "@tracemark/db";
import { logisticUnitUri } from "@tracemark/sdk";
import { NotFoundError } from "../errors/domain.ts";
import { parsePartyUri } from "../services/identifiers/epcisIdentifiers.ts";

export type GetPublicLogisticUnitParameters = { sscc: string };
export type PublicUnitEvent = {
  type: string;
  action: string | null;
  bizStep: string | null;
  disposition: string | null;
  eventTime: string;
  eventTimeZoneOffset: string;
  organization: { name: string };
  location: { name: string; city: string | null; country: string | null } | null;
};
export type PublicUnitContent = {
  /** The child identifier as stored (Digital Link on id.gs1.org, or as captured). */
  id: string;
  /** The lot it names, when it is one Tracemark knows: its consumer page is `/01/{gtin}/10/{lot}`. */
  lot: { gtin: string; lotCode: string; productName: string } | null;
};
export type GetPublicLogisticUnitReturnType = {
  sscc: string;
  /** The organisation that recorded the first event naming the unit: it packed or labelled it. */
  packer: { name: string };
  contents: PublicUnitContent[];
  journey: PublicUnitEvent[];
  /** How many contents and steps the page leaves out past `PUBLIC_UNIT_MAX_ROWS` (0 when none). */
  omitted: { contents: number; journey: number };
};

/** The most contents, and the most steps, a logistic unit's page lists. */
export const PUBLIC_UNIT_MAX_ROWS = 200;

/** An event as the journey's query reads it: its own columns and its organisation's name. */
type EventRow = Pick<
  Prisma.EventGetPayload<object>,
  | "id"
  | "type"
  | "action"
  | "bizStep"
  | "disposition"
  | "eventTime"
  | "eventTimeZoneOffset"
  | "organizationId"
  | "bizLocation"
  | "readPoint"
> & { orgName: string; total: bigint };

/**
 * The public page of a logistic unit by its SSCC (`/00/{sscc}`): what it contains and its
 * journey. Whose events count follows the rule of a lot's record: the unit's packer is the
 * organisation that recorded the first event naming it (record time, which nobody can backdate);
 * its journey is the packer's events naming the unit and those of the organisations the packer
 * shipped a lot of its contents to (custody), so no other organisation can write into it. Its
 * contents are the children of the packer's aggregations into it that no later aggregation took
 * out. At most `PUBLIC_UNIT_MAX_ROWS` of each are listed (the contents in identifier order, the
 * latest steps, as a lot's record keeps its latest), and `omitted` counts what is left out, so the
 * page never passes for the whole unit. `NotFoundError` when no event names the SSCC.
 *
 * @example
 * const unit = await getPublicLogisticUnit(db, { sscc: "106141412345678908" });
 */
export async function getPublicLogisticUnit(
  db: Database,
  { sscc }: GetPublicLogisticUnitParameters,
): Promise<GetPublicLogisticUnitReturnType> {
  const unit = logisticUnitUri(sscc);
  const [first] = await db.prisma.$queryRaw<{ organizationId: string; name: string }[]>`
    SELECT e."organizationId", o.name FROM event_identifiers i
    JOIN events e ON e.id = i."eventId" JOIN organizations o ON o.id = e."organizationId"
    WHERE i.value = ${unit}
    ORDER BY e."recordTime", e.id LIMIT 1`;
  if (!first) throw new NotFoundError(`No event names the SSCC ${sscc}.`);
  const packer = first.organizationId;

  // The latest aggregation of each child into or out of the unit, by the packer.
  const contents = await db.prisma.$queryRaw<
    {
      value: string;
      gtin: string | null;
      lotCode: string | null;
      productName: string | null;
      total: bigint;
    }[]
  >`
    SELECT c.value, p.gtin, l."lotCode", p.name AS "productName", count(*) OVER () AS total
    FROM (
      SELECT DISTINCT ON (ci.value) ci.value, ci."lotId", e.action
      FROM event_identifiers pi JOIN events e ON e.id = pi."eventId"
      JOIN event_identifiers ci ON ci."eventId" = e.id AND ci.role IN ('child', 'childQuantity')
      WHERE pi.value = ${unit} AND pi.role = 'parent' AND e."organizationId" = ${packer}::uuid
        AND e.type = 'AggregationEvent'
      ORDER BY ci.value, e."eventTime" DESC, e."recordTime" DESC
    ) c
    LEFT JOIN lots l ON l.id = c."lotId" LEFT JOIN products p ON p.id = l."productId"
    WHERE c.action IS DISTINCT FROM 'DELETE'
    ORDER BY c.value
    LIMIT ${PUBLIC_UNIT_MAX_ROWS}`;

  const contentLots = Prisma.sql`(SELECT ci."lotId" FROM event_identifiers pi
      JOIN events pe ON pe.id = pi."eventId" AND pe."organizationId" = ${packer}::uuid
      JOIN event_identifiers ci ON ci."eventId" = pe.id AND ci."lotId" IS NOT NULL
      WHERE pi.value = ${unit} AND pi.role = 'parent')`;
  // The latest steps, with how many there are in all, shown in time order.
  const events = await db.prisma.$queryRaw<EventRow[]>`
    SELECT * FROM (
      SELECT *, count(*) OVER () AS total FROM (
        SELECT DISTINCT e.id, e.type, e.action, e."bizStep", e.disposition, e."eventTime", e."eventTimeZoneOffset",
               e."organizationId", o.name AS "orgName", e."bizLocation", e."readPoint"
        FROM event_identifiers i JOIN events e ON e.id = i."eventId" JOIN organizations o ON o.id = e."organizationId"
        WHERE i.value = ${unit}
          AND (e."organizationId" = ${packer}::uuid OR EXISTS (
            SELECT 1 FROM custody_transfers t WHERE t."fromOrgId" = ${packer}::uuid AND t."toOrgId" = e."organizationId"
              AND t.status IN ('pending', 'completed') AND t."lotId" IN ${contentLots}))
      ) named
      ORDER BY "eventTime" DESC, id DESC
      LIMIT ${PUBLIC_UNIT_MAX_ROWS}
    ) kept
    ORDER BY "eventTime", id`;

  // A place is named only by the event's own organisation's location with that GLN.
  const glnOf = (id: string | null) => {
    const ref = id ? parsePartyUri(id) : undefined;
    return ref && "gln" in ref ? ref.gln : undefined;
  };
  const glns = [...new Set(events.flatMap((e) => [glnOf(e.bizLocation), glnOf(e.readPoint)]))].filter(
    (g): g is string => g !== undefined,
  );
  const locations =
    glns.length === 0
      ? []
      : await db.prisma.location.findMany({
          where: { gln: { in: glns } },
          select: { gln: true, name: true, city: true, country: true, organizationId: true },
        });
  const placeOf = (event: EventRow) => {
    for (const gln of [glnOf(event.bizLocation), glnOf(event.readPoint)]) {
      const place = locations.find((l) => l.gln === gln && l.organizationId === event.organizationId);
      if (place) return { name: place.name, city: place.city, country: place.country };
    }
    return null;
  };

  return {
    sscc,
    packer: { name: first.name },
    contents: contents.map((c) => ({
      id: c.value,
      lot:
        c.gtin && c.lotCode && c.productName
          ? { gtin: c.gtin, lotCode: c.lotCode, productName: c.productName }
          : null,
    })),
    journey: events.map((e) => ({
      type: e.type,
      action: e.action,
      bizStep: e.bizStep,
      disposition: e.disposition,
      eventTime: e.eventTime.toISOString(),
      eventTimeZoneOffset: e.eventTimeZoneOffset,
      organization: { name: e.orgName },
      location: placeOf(e),
    })),
    omitted: { contents: leftOut(contents), journey: leftOut(events) },
  };
}

/** How many rows a capped query left out: its count before the cap (on every row) less those kept. */
function leftOut(kept: { total: bigint }[]): number {
  return kept.length === 0 ? 0 : Number(kept[0]?.total) - kept.length;
}
