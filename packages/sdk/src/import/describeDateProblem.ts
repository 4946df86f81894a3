import { parseDate, parseDateTime } from "../epcis/dateTime.ts";
import type { ValueProblem } from "./types.ts";

export type DescribeDateProblemParameters = {
  value: string;
  /** `date`: a calendar date (YYYY-MM-DD); `dateTime`: an instant with its time zone. */
  kind: "date" | "dateTime";
};

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Why a day that looks like a date does not exist ("30 February 2026 does not exist"), if it is one. */
function missingDay(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `There is no month ${match[2]} (months are 01 to 12).`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    const leap = month === 2 && day === 29 ? ` (${year} is not a leap year)` : "";
    return `${day} ${monthNames[month - 1]} ${year} does not exist${leap}.`;
  }
  return undefined;
}

/**
 * What is wrong with a date or date-time as a person typed it in an imported file, with how to fix
 * it; undefined when it is valid. A date is `YYYY-MM-DD` of a day that exists (no 29 February of a
 * common year, no 31 April); a date-time also names its time zone (`Z` or an offset such as
 * `+01:00`), since the same wall-clock time is another instant elsewhere. Years 1000–9999 (the
 * range the record keeps, see `parseDateTime`).
 *
 * @example
 * describeDateProblem({ kind: "date", value: "2026-02-29" })
 * // { problem: "29 February 2026 does not exist (2026 is not a leap year).", fix: "…" }
 */
export function describeDateProblem({
  value,
  kind,
}: DescribeDateProblemParameters): ValueProblem | undefined {
  const parsed = kind === "date" ? parseDate(value) : parseDateTime(value);
  if (typeof parsed === "number") return undefined;
  if (parsed === "range") {
    return {
      problem: `The year of ${value} is outside 1000–9999.`,
      fix: "Write the year with four digits, e.g. 2026.",
    };
  }
  const day = missingDay(value);
  if (day) return { problem: day, fix: "Write a day that exists in that month." };
  if (kind === "date") {
    if (/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value)) {
      return {
        problem: `"${value}" is written day and month in a local order, which reads differently in other countries.`,
        fix: "Write the date as YYYY-MM-DD, e.g. 2026-03-04 for 4 March 2026.",
      };
    }
    return { problem: `"${value}" is not a date.`, fix: "Write the date as YYYY-MM-DD, e.g. 2026-03-04." };
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(value)) {
    return {
      problem: `The time ${value} has no time zone, so it could be any of 24 hours.`,
      fix: "Add where it was measured: Z for UTC or the offset, e.g. 2026-03-04T11:00:00+01:00.",
    };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return {
      problem: `${value} is a date without a time.`,
      fix: "Add the time and its time zone, e.g. 2026-03-04T11:00:00+01:00.",
    };
  }
  const time = /T(\d{2}):(\d{2})(?::(\d{2}))?/i.exec(value);
  if (time && (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59)) {
    return {
      problem: `The time of day in ${value} does not exist.`,
      fix: "Write hours 00–23, minutes and seconds 00–59.",
    };
  }
  if (/([+-])(\d{2}):(\d{2})$/.test(value)) {
    return {
      problem: `The time zone offset of ${value} does not exist.`,
      fix: "Use an offset between -12:00 and +14:00, e.g. +01:00.",
    };
  }
  return {
    problem: `"${value}" is not a date and time.`,
    fix: "Write it as YYYY-MM-DDThh:mm:ss with a time zone, e.g. 2026-03-04T11:00:00+01:00.",
  };
}
