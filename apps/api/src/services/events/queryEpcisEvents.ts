import { type Database, Prisma } from "@tracemark/db";
import { cbvTerm } from "@tracemark/sdk";
import { z } from "zod";
import { epcisException } from "../../epcis/binding.ts";
import type { ParsedEventQuery } from "../../epcis/eventQueryParameters.ts";
import { LimitExceededError, MalformedRequestError } from "../../errors/domain.ts";
import { cursorTime, decodeCursor, encodeCursor } from "../../util/opaqueCursor.ts";
import { eventConditions, type StoredEventRow } from "./queryEvents.ts";

export type QueryEpcisEventsParameters = ParsedEventQuery & {
  organizationId: string;
  perPage: number;
  /** A `nextPageToken` this function gave out for the same query. */
  nextPageToken?: string | undefined;
  /** Start after this key of the order (a subscription's last delivered event), as a token would. */
  after?: PageKey | undefined;
};

/** Where an event stands in the order: its `orderBy` time and id. */
export type PageKey = { time: Date; id: string };
export type QueryEpcisEventsReturnType = {
  /** The events as EPCIS 2.0 JSON-LD, as captured, with `eventID` and `recordTime` (`toEpcisEvent`). */
  eventList: Record<string, unknown>[];
  nextPageToken: string | null;
  /** The key of the page's last event, for `after`. */
  last: PageKey | null;
};

/**
 * One page of an EPCIS 2.0 SimpleEventQuery over an organisation's events, in the binding's
 * terms: `orderBy` eventTime or recordTime (ties broken by our id), `perPage` events at most per
 * page, `eventCountLimit` over all pages, `maxEventCount` refused with a `LimitExceededError` (the
 * binding's QueryTooLargeException) when more events match; a `nextPageToken` it did not give out
 * for this order a `MalformedRequestError` (its QueryParameterException). The token remembers the
 * order and how many events remain.
 *
 * @example
 * const page = await queryEpcisEvents(db, { organizationId, ...parseEventQuery(request.query, ["perPage"]), perPage: 30 });
 */
export async function queryEpcisEvents(
  db: Database,
  parameters: QueryEpcisEventsParameters,
): Promise<QueryEpcisEventsReturnType> {
  const { organizationId, orderBy, orderDirection, perPage, maxEventCount } = parameters;
  const column = orderBy === "recordTime" ? Prisma.raw(`e."recordTime"`) : Prisma.raw(`e."eventTime"`);
  const descending = orderDirection === "DESC";
  const conditions = [
    Prisma.sql`e."organizationId" = ${organizationId}::uuid`,
    ...eventConditions(parameters.query),
  ];
  let remaining = parameters.eventCountLimit;
  const start = parameters.nextPageToken
    ? readToken(parameters.nextPageToken, orderBy, orderDirection)
    : parameters.after && { ...parameters.after, remaining };
  if (start) {
    const token = start;
    remaining = token.remaining;
    conditions.push(
      descending
        ? Prisma.sql`(${column}, e.id) < (${token.time.toISOString()}::timestamptz, ${token.id}::uuid)`
        : Prisma.sql`(${column}, e.id) > (${token.time.toISOString()}::timestamptz, ${token.id}::uuid)`,
    );
  } else if (maxEventCount !== undefined) {
    const [{ matched }] = await db.prisma.$queryRaw<[{ matched: bigint }]>`
      SELECT count(*) AS matched FROM (SELECT 1 FROM events e WHERE ${Prisma.join(conditions, " AND ")}
        LIMIT ${maxEventCount + 1}) m`;
    if (Number(matched) > maxEventCount) {
      throw new LimitExceededError(
        `More than maxEventCount (${maxEventCount}) events match the query.`,
        epcisException("queryTooLarge"),
      );
    }
  }
  const take = Math.min(perPage, remaining ?? perPage);
  const order = descending ? Prisma.sql`${column} DESC, e.id DESC` : Prisma.sql`${column}, e.id`;
  const rows = await db.prisma.$queryRaw<StoredEventRow[]>`
    SELECT e.id, e."eventHash", e.document, e."eventTime", e."recordTime"
    FROM events e
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}
    LIMIT ${take + 1}`;
  const page = rows.slice(0, take);
  const last = page.at(-1);
  const left = remaining === undefined ? undefined : remaining - page.length;
  const more = rows.length > take && last !== undefined && (left === undefined || left > 0);
  const lastKey = last && { time: orderBy === "recordTime" ? last.recordTime : last.eventTime, id: last.id };
  return {
    eventList: page.map(toEpcisEvent),
    last: lastKey ?? null,
    nextPageToken: more
      ? writeToken({
          orderBy,
          orderDirection,
          time: orderBy === "recordTime" ? last.recordTime : last.eventTime,
          id: last.id,
          remaining: left,
        })
      : null,
  };
}

/**
 * An event as the binding returns it: the client's own `eventID` where it gave one, else our
 * event hash; CBV values (business step, disposition, transaction and source/destination types)
 * as the bare terms EPCIS 2.0 JSON requires, whichever spelling (URN, Web URI) was captured.
 */
export function toEpcisEvent(
  row: Pick<StoredEventRow, "eventHash" | "document" | "recordTime">,
): Record<string, unknown> {
  const { document } = row;
  const event: Record<string, unknown> = {
    ...document,
    eventID: typeof document.eventID === "string" ? document.eventID : row.eventHash,
    recordTime: row.recordTime.toISOString(),
  };
  if (typeof document.bizStep === "string") event.bizStep = cbvTerm("bizStep", document.bizStep);
  if (typeof document.disposition === "string")
    event.disposition = cbvTerm("disposition", document.disposition);
  const typed = (list: string, kind: "bizTransactionType" | "sourceDestType") => {
    const items = document[list];
    if (!Array.isArray(items)) return;
    event[list] = items.map((item: unknown) =>
      item && typeof item === "object" && typeof (item as { type?: unknown }).type === "string"
        ? { ...item, type: cbvTerm(kind, (item as { type: string }).type) }
        : item,
    );
  };
  typed("bizTransactionList", "bizTransactionType");
  typed("sourceList", "sourceDestType");
  typed("destinationList", "sourceDestType");
  return event;
}

type Token = {
  orderBy: "eventTime" | "recordTime";
  orderDirection: "ASC" | "DESC";
  time: Date;
  id: string;
  remaining: number | undefined;
};

const tokenSchema = z.tuple([
  z.enum(["eventTime", "recordTime"]),
  z.enum(["ASC", "DESC"]),
  cursorTime,
  z.uuid(),
  z.number().int().min(1).nullable(),
]);

function writeToken(token: Token): string {
  return encodeCursor([
    token.orderBy,
    token.orderDirection,
    token.time.toISOString(),
    token.id,
    token.remaining ?? null,
  ]);
}

function readToken(value: string, orderBy: Token["orderBy"], orderDirection: Token["orderDirection"]): Token {
  const refuse = (message: string) =>
    new MalformedRequestError(`querystring.nextPageToken: ${message}`, {
      ...epcisException("queryParameter"),
      errors: [{ field: "querystring.nextPageToken", message }],
    });
  const [givenOrder, givenDirection, time, id, remaining] = decodeCursor(value, tokenSchema, () =>
    refuse("not a nextPageToken this API gave out"),
  );
  if (givenOrder !== orderBy || givenDirection !== orderDirection) {
    throw refuse("given out for another orderBy or orderDirection");
  }
  return { orderBy, orderDirection, time, id, remaining: remaining ?? undefined };
}
