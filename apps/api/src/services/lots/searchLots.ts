import { type Database, Prisma } from "@tracemark/db";
import { type eventTypes, placeSearchKey } from "@tracemark/sdk";
import { z } from "zod";
import { MalformedRequestError } from "../../errors/domain.ts";
import { decodeCursor, encodeCursor } from "../../util/opaqueCursor.ts";
import { LOCATION_URN } from "../identifiers/epcisIdentifiers.ts";

export type SearchLotsFilters = {
  /** A GTIN (8, 12, 13 or 14 digits), or words of the product's name. */
  product?: string | undefined;
  /** The start of the lot code (case-insensitive). */
  lotCode?: string | undefined;
  /** A business transaction (purchase order, invoice, bill of lading…): its URI, or its reference (`PO-4711`). */
  bizTransaction?: string | undefined;
  /** A GLN (13 digits), a place's URI, or words of a place's name (as the recording organisation named it). */
  location?: string | undefined;
  /** An event of the lot at or after `from` and before `to`. */
  from?: Date | undefined;
  to?: Date | undefined;
  eventType?: (typeof eventTypes)[number] | undefined;
};

export type SearchLotsParameters = SearchLotsFilters & {
  organizationId: string;
  limit: number;
  cursor?: string | undefined;
};

export type FoundLot = {
  lotId: string;
  gtin: string;
  productName: string;
  lotCode: string;
  quantity: string | null;
  unit: string | null;
};

export type SearchLotsReturnType = {
  /** The page's lots by organisation: the caller's own first, then those it received, by owner. */
  groups: { organisation: string; relation: "owned" | "received"; lots: FoundLot[] }[];
  nextCursor: string | null;
};

type Row = FoundLot & { organizationId: string; organisation: string; own: boolean };

/** Text Postgres can store: no NUL, no unpaired surrogate (a crafted cursor may carry either). */
const storable = z
  .string()
  .refine((s) => !s.includes("\u0000") && Buffer.from(s, "utf8").toString("utf8") === s);
const cursorParts = z.tuple([z.enum(["0", "1"]), storable, z.guid(), storable, storable, z.guid()]);

/**
 * Trace search: the lots the organisation may see (its own, and those shipped to it) that match every
 * filter given: product (GTIN or name), lot code, and an event of the lot, which the organisation may
 * see (not another organisation's `private` ones; of a received lot, its owner's events and its own), matching every event filter
 * at once: business transaction, place, time range and type. Places and business transactions are
 * found through their search keys (`event_search_keys`). Keyset pages, grouped by organisation.
 *
 * @example
 * const { groups, nextCursor } = await searchLots(db, { organizationId, bizTransaction: "PO-4711", limit: 50 });
 */
export async function searchLots(
  db: Database,
  parameters: SearchLotsParameters,
): Promise<SearchLotsReturnType> {
  const { organizationId: org, limit } = parameters;
  const lotFilters: Prisma.Sql[] = [];
  const eventFilters: Prisma.Sql[] = [];
  const product = parameters.product?.trim();
  if (product) {
    lotFilters.push(
      /^(\d{8}|\d{12,14})$/.test(product)
        ? Prisma.sql`p.gtin = ${product.padStart(14, "0")}`
        : Prisma.sql`lower(p.name) LIKE ${`%${likeEscape(product.toLowerCase())}%`}`,
    );
  }
  const lotCode = parameters.lotCode?.trim();
  if (lotCode)
    lotFilters.push(Prisma.sql`lower(l."lotCode") LIKE ${`${likeEscape(lotCode.toLowerCase())}%`}`);
  const transaction = parameters.bizTransaction?.trim().toLowerCase();
  if (transaction)
    eventFilters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM event_search_keys k WHERE k.kind = 'bizTransaction' AND k.key = ${transaction} AND k."eventId" = e.id)`,
    );
  const location = parameters.location?.trim();
  if (location) {
    const filter = await locationFilter(db, location);
    if (!filter) return { groups: [], nextCursor: null };
    eventFilters.push(filter);
  }
  if (parameters.from) eventFilters.push(Prisma.sql`e."eventTime" >= ${parameters.from}`);
  if (parameters.to) eventFilters.push(Prisma.sql`e."eventTime" < ${parameters.to}`);
  if (parameters.eventType) eventFilters.push(Prisma.sql`e.type = ${parameters.eventType}`);
  if (lotFilters.length + eventFilters.length === 0) {
    throw new MalformedRequestError(
      "Give at least one of product, lotCode, bizTransaction, location, from, to, eventType.",
      { errors: [{ field: "querystring", message: "give at least one filter" }] },
    );
  }
  if (eventFilters.length > 0) {
    lotFilters.push(Prisma.sql`EXISTS (
      SELECT 1 FROM event_identifiers i JOIN events e ON e.id = i."eventId"
      WHERE i."lotId" = l.id AND ${Prisma.join(eventFilters, " AND ")}
        AND (e."organizationId" IN (${org}::uuid, l."organizationId") OR l."organizationId" = ${org}::uuid)
        AND (e."organizationId" = ${org}::uuid OR e.visibility <> 'private'))`);
  }
  const sortKey = Prisma.sql`(CASE WHEN l."organizationId" = ${org}::uuid THEN 0 ELSE 1 END, o.name, o.id, p.name, l."lotCode", l.id)`;
  if (parameters.cursor) {
    const [mine, name, id, productName, code, lotId] = decodeCursor(parameters.cursor, cursorParts);
    lotFilters.push(
      Prisma.sql`${sortKey} > (${Number(mine)}::int, ${name}::text, ${id}::uuid, ${productName}::text, ${code}::text, ${lotId}::uuid)`,
    );
  }
  const rows = await db.prisma.$queryRaw<Row[]>`
    WITH visible AS (
      SELECT l.id FROM lots l WHERE l."organizationId" = ${org}::uuid
      UNION
      SELECT c."lotId" FROM custody_transfers c WHERE c."toOrgId" = ${org}::uuid AND c.status IN ('pending', 'completed')
    )
    SELECT l.id AS "lotId", p.gtin, p.name AS "productName", l."lotCode", l.quantity::text AS quantity, l.unit,
           l."organizationId" AS "organizationId", o.name AS organisation, l."organizationId" = ${org}::uuid AS own
    FROM visible v JOIN lots l ON l.id = v.id JOIN products p ON p.id = l."productId"
    JOIN organizations o ON o.id = l."organizationId"
    WHERE ${Prisma.join(lotFilters, " AND ")}
    ORDER BY ${sortKey}
    LIMIT ${limit + 1}`;

  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  const groups: SearchLotsReturnType["groups"] = [];
  let previous: string | undefined;
  for (const row of page) {
    if (row.organizationId !== previous) {
      groups.push({ organisation: row.organisation, relation: row.own ? "owned" : "received", lots: [] });
      previous = row.organizationId;
    }
    groups.at(-1)?.lots.push({
      lotId: row.lotId,
      gtin: row.gtin,
      productName: row.productName,
      lotCode: row.lotCode,
      quantity: row.quantity?.includes(".") ? row.quantity.replace(/\.?0+$/, "") : row.quantity,
      unit: row.unit,
    });
  }
  return {
    groups,
    nextCursor: last
      ? encodeCursor([
          last.own ? "0" : "1",
          last.organisation,
          last.organizationId,
          last.productName,
          last.lotCode,
          last.lotId,
        ])
      : null,
  };
}

/**
 * The event condition for a place: a GLN or a URI by its key (any organisation's: a GLN is public),
 * words of a name by the keys of the places so named, each only in the events of the organisation
 * that named it; `undefined` when no place has that name.
 */
async function locationFilter(db: Database, location: string): Promise<Prisma.Sql | undefined> {
  const placeIs = (keys: string[]) =>
    Prisma.sql`EXISTS (SELECT 1 FROM event_search_keys k WHERE k.kind IN ('readPoint', 'bizLocation')
      AND k.key = ANY(${keys}::text[]) AND k."eventId" = e.id)`;
  if (/^\d{13}$/.test(location)) return placeIs([`gln:${location.slice(0, 12)}`]);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(location)) return placeIs([placeSearchKey(location)]);
  const places = await db.prisma.location.findMany({
    where: { name: { contains: location, mode: "insensitive" } },
    select: { id: true, organizationId: true, gln: true },
    take: 1000,
  });
  if (places.length === 0) return undefined;
  const pairs = places.flatMap((p) => [
    [p.organizationId, placeSearchKey(`${LOCATION_URN}${p.id}`)],
    ...(p.gln ? [[p.organizationId, `gln:${p.gln.slice(0, 12)}`]] : []),
  ]);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM event_search_keys k
    JOIN unnest(${pairs.map(([o]) => o)}::uuid[], ${pairs.map(([, key]) => key)}::text[]) AS m(org, key) ON m.key = k.key
    WHERE k.kind IN ('readPoint', 'bizLocation') AND k."eventId" = e.id AND m.org = e."organizationId")`;
}

function likeEscape(text: string): string {
  return text.replaceAll(/[\\%_]/g, (c) => `\\${c}`);
}
