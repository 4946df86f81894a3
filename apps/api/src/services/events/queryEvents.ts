import { type Database, Prisma } from "@tracemark/db";
import {
  cbvVariants,
  epcUriToDigitalLink,
  type IdentifierSpellings,
  identifierSpellings,
  locationWithDescendants,
} from "@tracemark/sdk";
import { z } from "zod";
import { MalformedRequestError } from "../../errors/domain.ts";
import { cursorProblem, cursorTime, decodeCursor, encodeCursor } from "../../util/opaqueCursor.ts";
import { canonicalIdentifier } from "../identifiers/epcisIdentifiers.ts";

/** The EPCIS 2.0 query parameters we answer (SimpleEventQuery), each list matching any of its values. */
export type EventQuery = {
  eventType?: string[] | undefined;
  GE_eventTime?: Date | undefined;
  LT_eventTime?: Date | undefined;
  GE_recordTime?: Date | undefined;
  LT_recordTime?: Date | undefined;
  EQ_action?: string[] | undefined;
  EQ_bizStep?: string[] | undefined;
  EQ_disposition?: string[] | undefined;
  EQ_readPoint?: string[] | undefined;
  EQ_bizLocation?: string[] | undefined;
  MATCH_epc?: string[] | undefined;
  MATCH_parentID?: string[] | undefined;
  MATCH_inputEPC?: string[] | undefined;
  MATCH_outputEPC?: string[] | undefined;
  MATCH_anyEPC?: string[] | undefined;
  MATCH_epcClass?: string[] | undefined;
  MATCH_inputEPCClass?: string[] | undefined;
  MATCH_outputEPCClass?: string[] | undefined;
  MATCH_anyEPCClass?: string[] | undefined;
  /** The events with these eventIDs (ours, the event hash, or the one the client captured). */
  EQ_eventID?: string[] | undefined;
  /** At one of these locations or within it (`locationWithDescendants`). */
  WD_readPoint?: string[] | undefined;
  WD_bizLocation?: string[] | undefined;
  /** `EQ_bizTransaction_{type}`: a business transaction of that type with one of the values. */
  EQ_bizTransaction?: TypedValues[] | undefined;
  /** `EQ_source_{type}` / `EQ_destination_{type}`. */
  EQ_source?: TypedValues[] | undefined;
  EQ_destination?: TypedValues[] | undefined;
  /** `EQ_ILMD_{field}`: an ILMD field (as written, `prefix:name`, or its full IRI) with one of the values. */
  EQ_ILMD?: { field: string; values: string[] }[] | undefined;
  /** Our extension: events naming this lot (as their lot or through any identifier). */
  lotId?: string | undefined;
};

/** A type-qualified query parameter (`EQ_bizTransaction_po=…`): the type and the values it matches. */
export type TypedValues = { type: string; values: string[] };

/** An event as the query returns it: the EPCIS event plus where its anchoring stands. */
export type QueriedEvent = {
  id: string;
  eventHash: string;
  event: Record<string, unknown>;
  anchor: {
    status: "pending" | "submitted" | "anchored" | "final" | "failed";
    /** Why the event's batch is `failed` (the contract's error), else `null`. */
    failureReason: string | null;
    root: string | null;
    proof: string[];
    blockNumber: number | null;
    anchoredAt: string | null;
    transactionHash: string | null;
  };
};

export type QueryEventsParameters = {
  organizationId: string;
  /** The events of these organisations instead of `organizationId`'s alone (a received lot's record: its owner's and ours). */
  organizationIds?: string[] | undefined;
  query: EventQuery;
  limit: number;
  cursor?: string | undefined;
  /**
   * Of the other organisations' events (`organizationIds`), only those they show their partners
   * (visibility `public` or `partners`); `organizationId`'s own events all.
   */
  partnerView?: boolean | undefined;
  /** EPCIS 2.0 `orderDirection` of `orderBy=eventTime` (the only order answered): oldest first by default. */
  orderDirection?: "ASC" | "DESC" | undefined;
};
export type QueryEventsReturnType = { items: QueriedEvent[]; nextCursor: string | null };

// Which identifier roles each MATCH_ parameter looks at (EPCIS 2.0 §8.2.7.1).
const MATCH_ROLES = {
  MATCH_epc: ["epc", "child"],
  MATCH_parentID: ["parent"],
  MATCH_inputEPC: ["input"],
  MATCH_outputEPC: ["output"],
  MATCH_anyEPC: ["epc", "child", "parent", "input", "output"],
  MATCH_epcClass: ["quantity", "childQuantity"],
  MATCH_inputEPCClass: ["inputQuantity"],
  MATCH_outputEPCClass: ["outputQuantity"],
  MATCH_anyEPCClass: ["quantity", "childQuantity", "inputQuantity", "outputQuantity"],
} as const;
const GS1 = "https://id.gs1.org";

/**
 * Runs an EPCIS 2.0 event query over one organisation's events, in the stable order
 * (eventTime, id), oldest first or (`orderDirection: "DESC"`) newest first, a page at a time with
 * an opaque cursor that remembers its direction. Bad values give a `MalformedRequestError` naming
 * the parameter.
 *
 * @example
 * const page = await queryEvents(db, { organizationId, query: { EQ_bizStep: ["shipping"] }, limit: 50 });
 * const next = await queryEvents(db, { organizationId, query, limit: 50, cursor: page.nextCursor });
 * const latest = await queryEvents(db, { organizationId, query: {}, limit: 8, orderDirection: "DESC" });
 */
export async function queryEvents(
  db: Database,
  parameters: QueryEventsParameters,
): Promise<QueryEventsReturnType> {
  const { organizationId, query, limit, orderDirection = "ASC" } = parameters;
  const descending = orderDirection === "DESC";
  const conditions = eventConditions(query);
  const owners = parameters.organizationIds ?? [organizationId];
  conditions.unshift(
    Prisma.sql`e."organizationId" IN (${Prisma.join(owners.map((id) => Prisma.sql`${id}::uuid`))})`,
  );
  if (parameters.partnerView) {
    conditions.push(Prisma.sql`(e."organizationId" = ${organizationId}::uuid OR e.visibility <> 'private')`);
  }
  if (parameters.cursor) {
    const [time, id] = pageAfter(parameters.cursor, orderDirection);
    conditions.push(
      descending
        ? Prisma.sql`(e."eventTime", e.id) < (${time.toISOString()}::timestamptz, ${id}::uuid)`
        : Prisma.sql`(e."eventTime", e.id) > (${time.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  const order = descending ? Prisma.sql`e."eventTime" DESC, e.id DESC` : Prisma.sql`e."eventTime", e.id`;
  const rows = await db.prisma.$queryRaw<EventRow[]>`
    SELECT e.id, e."eventHash", e.document, e."eventTime", e."recordTime", COALESCE(b.status::text, 'pending') AS status,
           event_proof(b.tree, e."treeNode", e.proof) AS proof, b.root, b."blockNumber", b."anchoredAt", b."txHash", b."failureReason"
    FROM events e LEFT JOIN anchor_batches b ON b.id = e."batchId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toQueriedEvent),
    nextCursor: rows.length > limit && last ? pageCursor(last.eventTime, last.id, orderDirection) : null,
  };
}

/** The columns of a stored event that every answer carrying its EPCIS document reads. */
export type StoredEventRow = {
  id: string;
  eventHash: string;
  document: Record<string, unknown>;
  eventTime: Date;
  recordTime: Date;
};
type EventRow = StoredEventRow & {
  status: QueriedEvent["anchor"]["status"];
  proof: string[] | null;
  root: string | null;
  blockNumber: bigint | null;
  anchoredAt: Date | null;
  txHash: string | null;
  failureReason: string | null;
};

function toQueriedEvent(row: EventRow): QueriedEvent {
  const anchored = row.status === "anchored" || row.status === "final";
  return {
    id: row.id,
    eventHash: row.eventHash,
    // The sender's own eventID (a urn:uuid:, its own hash) when it gave one: corrections name it.
    event: {
      ...row.document,
      eventID: row.document.eventID ?? row.eventHash,
      recordTime: row.recordTime.toISOString(),
    },
    anchor: {
      status: row.status,
      failureReason: row.failureReason,
      root: row.root,
      proof: anchored ? (row.proof ?? []) : [],
      blockNumber: anchored && row.blockNumber !== null ? Number(row.blockNumber) : null,
      anchoredAt: anchored ? (row.anchoredAt?.toISOString() ?? null) : null,
      transactionHash: row.txHash,
    },
  };
}

/** The SQL conditions (over `events e`) of a query, also used by the exports. */
export function eventConditions(query: EventQuery): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  const any = (column: Prisma.Sql, values: string[]) => Prisma.sql`${column} = ANY(${values}::text[])`;
  if (query.eventType?.length) conditions.push(any(Prisma.sql`e.type`, query.eventType));
  if (query.GE_eventTime) conditions.push(Prisma.sql`e."eventTime" >= ${query.GE_eventTime}`);
  if (query.LT_eventTime) conditions.push(Prisma.sql`e."eventTime" < ${query.LT_eventTime}`);
  if (query.GE_recordTime) conditions.push(Prisma.sql`e."recordTime" >= ${query.GE_recordTime}`);
  if (query.LT_recordTime) conditions.push(Prisma.sql`e."recordTime" < ${query.LT_recordTime}`);
  if (query.EQ_action?.length) conditions.push(any(Prisma.sql`e.action`, query.EQ_action));
  if (query.EQ_bizStep?.length) {
    conditions.push(
      any(
        Prisma.sql`e."bizStep"`,
        query.EQ_bizStep.flatMap((v) => cbvVariants("bizStep", v)),
      ),
    );
  }
  if (query.EQ_disposition?.length) {
    const values = query.EQ_disposition.flatMap((v) => cbvVariants("disposition", v));
    conditions.push(any(Prisma.sql`e.disposition`, values));
  }
  const locations = [
    [Prisma.sql`e."readPoint"`, query.EQ_readPoint, query.WD_readPoint],
    [Prisma.sql`e."bizLocation"`, query.EQ_bizLocation, query.WD_bizLocation],
  ] as const;
  for (const [column, equal, within] of locations) {
    if (equal?.length) conditions.push(spelledAs(column, equal.map(identifierSpellings)));
    if (within?.length) conditions.push(spelledAs(column, within.map(locationWithDescendants)));
  }
  if (query.EQ_eventID?.length) {
    conditions.push(
      Prisma.sql`(e."eventHash" = ANY(${query.EQ_eventID}::text[]) OR e.id IN (SELECT c."eventId" FROM event_client_ids c WHERE c."eventID" = ANY(${query.EQ_eventID}::text[])))`,
    );
  }
  const lists = [
    ["bizTransactionList", "bizTransaction", query.EQ_bizTransaction],
    ["sourceList", "source", query.EQ_source],
    ["destinationList", "destination", query.EQ_destination],
  ] as const;
  for (const [list, field, wanted] of lists) {
    for (const { type, values } of wanted ?? []) {
      const kind = list === "bizTransactionList" ? "bizTransactionType" : "sourceDestType";
      const element = Prisma.raw(`x->>'${field}'`);
      const array = Prisma.raw(`e.document->'${list}'`);
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM jsonb_array_elements(
          CASE WHEN jsonb_typeof(${array}) = 'array' THEN ${array} ELSE '[]'::jsonb END) x
        WHERE x->>'type' = ANY(${cbvVariants(kind, type)}::text[])
          AND ${spelledAs(element, values.map(identifierSpellings))})`);
    }
  }
  for (const { field, values } of query.EQ_ILMD ?? []) conditions.push(ilmdCondition(field, values));
  for (const [name, roles] of Object.entries(MATCH_ROLES)) {
    const values = query[name as keyof typeof MATCH_ROLES];
    if (!values?.length) continue;
    const matched = matchValues(name, values);
    const likes = matched.likes.map((pattern) => Prisma.sql` OR i.value LIKE ${pattern}`);
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM event_identifiers i
      WHERE i."eventId" = e.id AND i.role::text = ANY(${[...roles]}::text[])
        AND (i.value = ANY(${matched.exact}::text[])${likes.length ? Prisma.join(likes, "") : Prisma.empty}))`);
  }
  if (query.lotId) {
    // As an IN over both indexes (not an OR): the planner then starts from the lot's few events.
    conditions.push(Prisma.sql`e.id IN (SELECT i."eventId" FROM event_identifiers i WHERE i."lotId" = ${query.lotId}::uuid
      UNION ALL SELECT x.id FROM events x WHERE x."lotId" = ${query.lotId}::uuid)`);
  }
  return conditions;
}

/**
 * The exact values and LIKE patterns a MATCH_ parameter stands for. Identifiers are stored in
 * their canonical Digital Link form (`canonicalIdentifier`), so an EPC URI is converted before
 * comparing. An EPC pattern (`urn:epc:idpat:sgtin:0614141.107346.*`, every field after the first
 * `*` also `*`) matches every EPC (for MATCH_epc…) or class (for MATCH_epcClass…) it covers: with
 * the company prefix and item reference, the GTIN's identifiers; with the company prefix only,
 * any GTIN of that prefix (the indicator digit is the first digit of the item reference).
 */
function matchValues(parameter: string, values: string[]) {
  const exact = new Set<string>();
  const likes = new Set<string>();
  for (const value of values) {
    const pattern = /^urn:epc:idpat:([a-z]+):(.*)$/.exec(value);
    if (!pattern) {
      exact.add(value);
      exact.add(canonicalIdentifier(value));
      continue;
    }
    const [, scheme, fields = ""] = pattern;
    const parts = fields.split(".");
    const star = parts.indexOf("*");
    if (star >= 0 && parts.slice(star).some((part) => part !== "*")) {
      throw new MalformedRequestError(`${parameter}: after a "*" every field must be "*"`, {
        errors: [{ field: `querystring.${parameter}`, message: `bad EPC pattern ${value}` }],
      });
    }
    const fixed = star >= 0 ? parts.slice(0, star) : parts;
    exact.add(value);
    if (star < 0) {
      exact.add(canonicalIdentifier(`urn:epc:id:${scheme}:${fields}`));
      continue;
    }
    // EPC URIs stored as captured, for identifiers with no Digital Link form.
    likes.add(`${escapeLike(`urn:epc:id:${scheme}:${fixed.map((part) => `${part}.`).join("")}`)}%`);
    const [companyPrefix, itemReference] = fixed;
    if (scheme === "sgtin" && companyPrefix && itemReference) {
      const link = epcUriToDigitalLink(`urn:epc:idpat:sgtin:${companyPrefix}.${itemReference}.*`);
      if (link) {
        exact.add(link);
        likes.add(`${escapeLike(link)}/%`);
      }
    } else if (scheme === "sgtin" && companyPrefix) {
      likes.add(`${GS1}/01/_${escapeLike(companyPrefix)}%`);
    } else if (scheme === "sscc" && companyPrefix) {
      likes.add(`${GS1}/00/_${escapeLike(companyPrefix)}%`);
    } else if (fixed.length === 0) {
      const ai = scheme === "sgtin" ? "01" : scheme === "sscc" ? "00" : undefined;
      if (ai) likes.add(`${GS1}/${ai}/%`);
    }
  }
  return { exact: [...exact], likes: [...likes] };
}

/** `column` equal to any spelling of any of the identifiers. */
function spelledAs(column: Prisma.Sql, spellings: IdentifierSpellings[]): Prisma.Sql {
  const exact = spellings.flatMap((s) => s.exact);
  const patterns = spellings.flatMap((s) => s.patterns);
  return patterns.length
    ? Prisma.sql`(${column} = ANY(${exact}::text[]) OR ${column} ~ ANY(${patterns}::text[]))`
    : Prisma.sql`${column} = ANY(${exact}::text[])`;
}

// Prefixes the EPCIS 2.0 standard context declares, for ILMD fields named by their full IRI.
const STANDARD_PREFIXES: Record<string, string> = {
  "urn:epcglobal:cbv:mda:": "cbvmda",
  "https://gs1.org/voc/": "gs1",
  "https://ref.gs1.org/voc/": "gs1",
};

/**
 * An ILMD field with one of the values. The field is named as the event writes it
 * (`cbvmda:lotNumber`, `ex:grade`) or by its full IRI (`urn:epcglobal:cbv:mda:lotNumber`,
 * `https://example.org/ns/grade`), which finds the event's `prefix:name` where its own `@context`
 * (or the standard one) maps the prefix to that namespace. Values compare as the field's text.
 */
function ilmdCondition(field: string, values: string[]): Prisma.Sql {
  const names = [field];
  for (const [namespace, prefix] of Object.entries(STANDARD_PREFIXES)) {
    if (field.startsWith(namespace)) names.push(`${prefix}:${field.slice(namespace.length)}`);
  }
  return Prisma.sql`EXISTS (SELECT 1 FROM jsonb_each(
      CASE WHEN jsonb_typeof(e.document->'ilmd') = 'object' THEN e.document->'ilmd' ELSE '{}'::jsonb END) f
    WHERE f.value #>> '{}' = ANY(${values}::text[])
      AND (f.key = ANY(${names}::text[]) OR EXISTS (SELECT 1 FROM jsonb_array_elements(
        CASE jsonb_typeof(e.document->'@context') WHEN 'array' THEN e.document->'@context'
          WHEN 'object' THEN jsonb_build_array(e.document->'@context') ELSE '[]'::jsonb END) c
        WHERE jsonb_typeof(c) = 'object' AND position(':' in f.key) > 0
          AND (c->>split_part(f.key, ':', 1)) || substr(f.key, position(':' in f.key) + 1) = ${field})))`;
}

function escapeLike(value: string): string {
  return value.replaceAll(/[\\%_]/g, (c) => `\\${c}`);
}

// A descending cursor carries "DESC" as a third part; an ascending one is [time, id] as before.
function pageCursor(time: Date, id: string, direction: "ASC" | "DESC"): string {
  return encodeCursor(direction === "DESC" ? [time.toISOString(), id, direction] : [time.toISOString(), id]);
}

const ascendingCursor = z.tuple([cursorTime, z.uuid()]);
const descendingCursor = z.tuple([cursorTime, z.uuid(), z.literal("DESC")]);

function pageAfter(cursor: string, direction: "ASC" | "DESC"): [Date, string] {
  const [time, id, given = "ASC"] = decodeCursor(cursor, z.union([ascendingCursor, descendingCursor]));
  if (given !== direction) throw cursorProblem("given out for the other orderDirection");
  return [time, id];
}
