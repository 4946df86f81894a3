import { z } from "zod";

/**
 * The instants Tracemark records: 1000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z, both
 * included. Inside it every instant has one four-digit UTC form that xsd:dateTime (EPCIS), the
 * event hash (UTC, milliseconds), JavaScript's `toISOString` and Postgres (`timestamptz`, `date`)
 * all read and write alike. Outside it they part: Postgres has no year 0 and calls earlier years BC,
 * `toISOString` writes `+010000-…` past 9999 (which Postgres and EPCIS refuse), and JavaScript takes
 * years 0–99 as 1900–1999. A year below 1000 is a typing slip (`0026` for `2026`), not an event of a
 * supply chain; 9999-12-31 stays allowed, as the usual "never expires".
 */
export const EARLIEST_INSTANT = Date.UTC(1000, 0, 1);
export const LATEST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/i;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const FORMAT_MESSAGE = "expected an ISO 8601 date-time with a time zone, e.g. 2026-03-04T11:00:30.000+01:00";
const RANGE_MESSAGE = "must be between 1000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z";
const DATE_FORMAT_MESSAGE = "expected a calendar date YYYY-MM-DD, e.g. 2026-03-04";
const DATE_RANGE_MESSAGE = "must be between 1000-01-01 and 9999-12-31";

/** Milliseconds since the epoch of a calendar date and time of day, when each field exists (no 31 April, no 24:00, no leap second). */
function utcOf(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getUTCDate() === day ? date.getTime() : undefined;
}

/**
 * The instant of an ISO 8601 date-time with a time zone (`Z` or an offset up to ±14:00, any number of
 * decimals, rounded to milliseconds as the event hash rounds them), `"format"` when the text is not one (or names a day or time
 * that does not exist), `"range"` when it is outside `EARLIEST_INSTANT`…`LATEST_INSTANT`.
 *
 * @example
 * parseDateTime("2026-03-04T11:00:30+01:00") // 1772618430000
 * parseDateTime("0000-01-01T00:00:00Z") // "range"
 */
export function parseDateTime(text: string): number | "format" | "range" {
  const match = dateTimePattern.exec(text);
  if (!match) return "format";
  const [, year, month, day, hour, minute, second, fraction = "", , sign, offsetHours, offsetMinutes] =
    match as unknown as (string | undefined)[];
  const local = utcOf(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second));
  if (local === undefined) return "format";
  let offset = 0;
  if (sign !== undefined) {
    if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return "format";
    offset = (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  }
  // Rounded as the event hash rounds it (half-up at the fourth decimal).
  const digits = `${fraction}0000`;
  const milliseconds = Number(digits.slice(0, 3)) + (Number(digits[3]) >= 5 ? 1 : 0);
  const instant = local + milliseconds - offset;
  return instant < EARLIEST_INSTANT || instant > LATEST_INSTANT ? "range" : instant;
}

/**
 * A calendar date `YYYY-MM-DD` as midnight UTC, `"format"` when it is not one (or does not exist),
 * `"range"` outside 1000-01-01…9999-12-31.
 *
 * @example
 * parseDate("2026-02-29") // "format"
 */
export function parseDate(text: string): number | "format" | "range" {
  const match = datePattern.exec(text);
  if (!match) return "format";
  const instant = utcOf(Number(match[1]), Number(match[2]), Number(match[3]));
  if (instant === undefined) return "format";
  return instant < EARLIEST_INSTANT || instant > LATEST_INSTANT ? "range" : instant;
}

/** A string `parse` reads, with the message of each way it can fail. */
function parsedString(
  parse: (text: string) => number | "format" | "range",
  messages: { format: string; range: string },
  format: string,
) {
  return z
    .string()
    .superRefine((value, context) => {
      const parsed = parse(value);
      if (typeof parsed === "string") context.addIssue({ code: "custom", message: messages[parsed] });
    })
    .meta({ format });
}

/** An ISO 8601 date-time with a time zone, of a day that exists, within the recorded range (see `parseDateTime`). */
export const dateTimeSchema = parsedString(
  parseDateTime,
  { format: FORMAT_MESSAGE, range: RANGE_MESSAGE },
  "date-time",
);

/** A calendar date `YYYY-MM-DD` that exists, within 1000-01-01…9999-12-31 (see `parseDate`). */
export const dateSchema = parsedString(
  parseDate,
  { format: DATE_FORMAT_MESSAGE, range: DATE_RANGE_MESSAGE },
  "date",
);
