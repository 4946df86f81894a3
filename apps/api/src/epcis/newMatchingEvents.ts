import type { Database } from "@tracemark/db";
import { type PageKey, queryEpcisEvents } from "../services/events/queryEpcisEvents.ts";
import type { ParsedEventQuery } from "./eventQueryParameters.ts";

export type NewMatchingEventsParameters = {
  organizationId: string;
  /** The subscribed query, parsed (`parseEventQuery`). */
  query: ParsedEventQuery;
  /** Events recorded at or after it count (the subscription's `initialRecordTime`). */
  from: Date;
  /** The last event already sent, if any: the events after it in (recordTime, id) order. */
  after?: PageKey | undefined;
  /** At most this many. */
  limit: number;
};
export type NewMatchingEventsReturnType = {
  eventList: Record<string, unknown>[];
  /** The key of the last event of `eventList`, for the next `after`. */
  last: PageKey | null;
  /** Whether more matching events follow these. */
  more: boolean;
};

/**
 * What a subscription to a query reports next: the organisation's events matching the query,
 * recorded at or after `from` and after `after`, oldest record first, at most `limit`. The query's
 * own `GE_recordTime` still applies when it is later; its `eventCountLimit`, `maxEventCount` and
 * order do not (a subscription reports every new event once, in record order).
 *
 * @example
 * const next = await newMatchingEvents(db, { organizationId, query: parseEventQuery(stored), from, after, limit: 100 });
 */
export async function newMatchingEvents(
  db: Database,
  parameters: NewMatchingEventsParameters,
): Promise<NewMatchingEventsReturnType> {
  const { query, from } = parameters;
  const page = await queryEpcisEvents(db, {
    organizationId: parameters.organizationId,
    ...query,
    query: {
      ...query.query,
      GE_recordTime:
        query.query.GE_recordTime && query.query.GE_recordTime > from ? query.query.GE_recordTime : from,
    },
    orderBy: "recordTime",
    orderDirection: "ASC",
    eventCountLimit: undefined,
    maxEventCount: undefined,
    perPage: parameters.limit,
    after: parameters.after,
  });
  return { eventList: page.eventList, last: page.last, more: page.nextPageToken !== null };
}
