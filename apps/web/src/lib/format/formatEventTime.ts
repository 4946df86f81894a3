/**
 * An event's time as a person reads it, in the event's own time zone offset (where it happened),
 * e.g. "12 Mar 2026, 09:30", in `language` (British English by default: "fr" gives "12 mars 2026, 09:30").
 * Deterministic on server and client alike.
 *
 * @example
 * formatEventTime("2026-03-12T08:30:00.000Z", "+01:00") // "12 Mar 2026, 09:30"
 */
export function formatEventTime(iso: string, offset = "+00:00", withTime = true, language = "en"): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  const local = new Date(Date.parse(iso) + minutes * 60_000);
  if (Number.isNaN(local.getTime())) return iso;
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
  }).format(local);
}

/** A calendar date ("2026-03-12") or an ISO time as "12 Mar 2026" (in `language`: "12. März 2026" in "de"). */
export function formatDate(value: string | null | undefined, language = "en"): string {
  if (!value) return "—";
  return formatEventTime(value.length === 10 ? `${value}T00:00:00Z` : value, "+00:00", false, language);
}

/** "0x1234…cdef" */
export function shortHex(value: string, keep = 6): string {
  return value.length > keep * 2 + 3 ? `${value.slice(0, keep)}…${value.slice(-4)}` : value;
}
