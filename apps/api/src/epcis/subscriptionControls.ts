import { dateTimeSchema } from "@tracemark/sdk";
import { epcisProblem } from "./binding.ts";
import {
  parseQuerySchedule,
  type QuerySchedule,
  QueryScheduleError,
  SCHEDULE_FIELDS,
} from "./querySchedule.ts";

/** How a WebSocket subscription reports: each new event (`schedule` null), or at the times of a schedule. */
export type SubscriptionControls = {
  schedule: QuerySchedule | null;
  reportIfEmpty: boolean;
  /** Events recorded at or after it are reported (default: now). */
  initialRecordTime: Date;
};

/** The query-string parameters of a WebSocket subscription (the binding's `GS1-Query-…` parameters). */
export const SUBSCRIPTION_PARAMETERS: readonly string[] = [
  "stream",
  "reportIfEmpty",
  "initialRecordTime",
  ...SCHEDULE_FIELDS,
];

/**
 * Reads a WebSocket subscription's controls from a query string (`?stream=true`, or schedule
 * fields such as `?hour=1&minute=5` with `reportIfEmpty`, and `initialRecordTime`) and returns
 * them with the other parameters (the query's own). Either `stream=true` or a schedule, not both:
 * else the binding's 400 SubscriptionControlsException naming the parameter.
 *
 * @example
 * const { controls, rest } = parseSubscriptionControls({ stream: "true", EQ_bizStep: "shipping" }, new Date());
 */
export function parseSubscriptionControls(
  raw: Record<string, unknown>,
  now: Date,
): { controls: SubscriptionControls; rest: Record<string, unknown> } {
  const rest: Record<string, unknown> = {};
  const given: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!SUBSCRIPTION_PARAMETERS.includes(name)) {
      rest[name] = value;
      continue;
    }
    if (typeof value !== "string") throw refuse(name, "give it once");
    given[name] = value;
  }
  const { stream, reportIfEmpty, initialRecordTime, ...scheduleFields } = given;
  let schedule: QuerySchedule | null = null;
  if (Object.keys(scheduleFields).length > 0) {
    if (stream !== undefined)
      throw refuse("stream", "give either stream=true or schedule parameters, not both");
    try {
      schedule = parseQuerySchedule(scheduleFields);
    } catch (error) {
      if (error instanceof QueryScheduleError)
        throw refuse(error.field.replace(/^schedule\.?/, ""), error.message);
      throw error;
    }
  } else if (stream !== "true") {
    throw refuse(
      "stream",
      "subscribe with stream=true, or with schedule parameters (second, minute, hour, …)",
    );
  }
  if (reportIfEmpty !== undefined && reportIfEmpty !== "true" && reportIfEmpty !== "false") {
    throw refuse("reportIfEmpty", "expected true or false");
  }
  if (reportIfEmpty === "true" && !schedule) {
    throw refuse("reportIfEmpty", "applies to scheduled subscriptions; a stream reports each new event");
  }
  let from = now;
  if (initialRecordTime !== undefined) {
    const parsed = dateTimeSchema.safeParse(initialRecordTime);
    if (!parsed.success) throw refuse("initialRecordTime", "expected an ISO 8601 date-time with a time zone");
    from = new Date(parsed.data);
  }
  return { controls: { schedule, reportIfEmpty: reportIfEmpty === "true", initialRecordTime: from }, rest };
}

function refuse(name: string, message: string) {
  const field = name ? `querystring.${name}` : "querystring";
  return epcisProblem(400, "subscriptionControls", `${field}: ${message}`, [{ field, message }]);
}
