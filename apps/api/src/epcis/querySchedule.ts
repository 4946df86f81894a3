/**
 * The query schedule of EPCIS subscriptions (EPCIS 1.2 §8.2.5.3, kept by the 2.0 REST binding's
 * `schedule` and its `second`, `minute`, … query parameters): each field a list of numbers and
 * ranges (`"0,30"`, `"[1-5]"`); a time matches when every field given matches it (an omitted field
 * matches every value). Times are read in UTC, the time zone this service chooses.
 */

export const SCHEDULE_FIELDS = ["second", "minute", "hour", "dayOfMonth", "month", "dayOfWeek"] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];
/** A schedule as the client wrote it: each given field a string of the grammar. */
export type QuerySchedule = Partial<Record<ScheduleField, string>>;

const RANGES: Record<ScheduleField, [number, number]> = {
  second: [0, 59],
  minute: [0, 59],
  hour: [0, 23],
  dayOfMonth: [1, 31],
  month: [1, 12],
  dayOfWeek: [1, 7],
};
const ELEMENT = /^(?:(\d{1,2})|\[(\d{1,2})-(\d{1,2})\])$/;
/** How far ahead a schedule must match once (a leap day falls within four years). */
const HORIZON_MS = 5 * 366 * 24 * 3600 * 1000;

/** A schedule field that breaks the grammar or its range, with what is wrong. */
export class QueryScheduleError extends Error {
  override name = "QueryScheduleError";
  readonly retryable = false;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Checks a schedule (an object of the six fields, each a string of the grammar, at least one
 * given, matching some time within the next years) and returns it with only its given fields.
 *
 * @example
 * parseQuerySchedule({ hour: "1", minute: "5" }) // { hour: "1", minute: "5" }
 * parseQuerySchedule({ hour: "24" }) // throws QueryScheduleError (hour: 24 is outside 0–23)
 */
export function parseQuerySchedule(input: unknown): QuerySchedule {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new QueryScheduleError(
      "schedule",
      "expected an object of second, minute, hour, dayOfMonth, month, dayOfWeek",
    );
  }
  const schedule: QuerySchedule = {};
  for (const [field, value] of Object.entries(input)) {
    if (!(SCHEDULE_FIELDS as readonly string[]).includes(field)) {
      throw new QueryScheduleError(
        `schedule.${field}`,
        `not a schedule field (${SCHEDULE_FIELDS.join(", ")})`,
      );
    }
    if (value === undefined) continue;
    if (typeof value !== "string") {
      throw new QueryScheduleError(`schedule.${field}`, 'expected a string such as "5", "0,30" or "[1-5]"');
    }
    valuesOf(field as ScheduleField, value);
    schedule[field as ScheduleField] = value;
  }
  if (Object.keys(schedule).length === 0) {
    throw new QueryScheduleError("schedule", "give at least one of its fields");
  }
  if (nextScheduledTime(schedule, new Date()) === null) {
    throw new QueryScheduleError("schedule", "no date matches it (e.g. the 31st of a month of 30 days)");
  }
  return schedule;
}

/**
 * The first whole second after `after` that matches the schedule (UTC), or null when none does
 * within the next five years.
 *
 * @example
 * nextScheduledTime({ hour: "1", minute: "5", second: "0" }, new Date("2026-12-05T00:00:00Z"))
 * // 2026-12-05T01:05:00.000Z
 */
export function nextScheduledTime(schedule: QuerySchedule, after: Date): Date | null {
  const sets = Object.fromEntries(
    SCHEDULE_FIELDS.map((field) => {
      const value = schedule[field];
      return [field, value === undefined ? null : valuesOf(field, value)];
    }),
  ) as Record<ScheduleField, Set<number> | null>;
  const matches = (field: ScheduleField, value: number) => sets[field]?.has(value) ?? true;
  const t = new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000);
  const end = after.getTime() + HORIZON_MS;
  while (t.getTime() <= end) {
    if (!matches("month", t.getUTCMonth() + 1)) {
      t.setUTCMonth(t.getUTCMonth() + 1, 1);
      t.setUTCHours(0, 0, 0, 0);
    } else if (
      !matches("dayOfMonth", t.getUTCDate()) ||
      !matches("dayOfWeek", ((t.getUTCDay() + 6) % 7) + 1)
    ) {
      t.setUTCDate(t.getUTCDate() + 1);
      t.setUTCHours(0, 0, 0, 0);
    } else if (!matches("hour", t.getUTCHours())) {
      t.setUTCHours(t.getUTCHours() + 1, 0, 0, 0);
    } else if (!matches("minute", t.getUTCMinutes())) {
      t.setUTCMinutes(t.getUTCMinutes() + 1, 0, 0);
    } else if (!matches("second", t.getUTCSeconds())) {
      t.setUTCSeconds(t.getUTCSeconds() + 1, 0);
    } else {
      return t;
    }
  }
  return null;
}

function valuesOf(field: ScheduleField, text: string): Set<number> {
  const [low, high] = RANGES[field];
  const values = new Set<number>();
  for (const element of text.split(",")) {
    const match = ELEMENT.exec(element.trim() === element ? element : "");
    if (!match) {
      throw new QueryScheduleError(
        `schedule.${field}`,
        `"${text}" is not a list of numbers and ranges such as "5", "0,30" or "[1-5]"`,
      );
    }
    const from = Number(match[1] ?? match[2]);
    const to = Number(match[1] ?? match[3]);
    for (const number of [from, to]) {
      if (number < low || number > high) {
        throw new QueryScheduleError(`schedule.${field}`, `${number} is outside ${low}–${high}`);
      }
    }
    if (from > to)
      throw new QueryScheduleError(`schedule.${field}`, `the range [${from}-${to}] runs backwards`);
    for (let value = from; value <= to; value++) values.add(value);
  }
  return values;
}
