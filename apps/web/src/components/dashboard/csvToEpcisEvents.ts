import { buildDigitalLink, parseEpcisEvent } from "@tracemark/sdk";

/** The CSV columns bulk import reads (header row, any order; extra columns ignored). */
export const csvColumns = [
  "gtin",
  "lot",
  "bizStep",
  "eventTime",
  "disposition",
  "quantity",
  "unit",
  "locationGln",
] as const;

export type RowError = { row: number; message: string };
export type CsvToEpcisEventsReturnType = { events: Record<string, unknown>[]; errors: RowError[] };

/** Splits CSV text into rows of cells (RFC 4180: quoted cells, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      if (row.some((v) => v.trim() !== "")) rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  row.push(cell);
  if (row.some((v) => v.trim() !== "")) rows.push(row);
  return rows;
}

/**
 * Turns a CSV of simple observations (one row per event: GTIN, lot, business step, time, …) into
 * EPCIS 2.0 ObjectEvents, each checked by the SDK; a row's problems are reported with its line
 * number (the header is line 1). Nothing is sent while any row is wrong.
 *
 * @example
 * const { events, errors } = csvToEpcisEvents("gtin,lot,bizStep,eventTime\n09506000134352,L1,shipping,2026-03-01T10:00:00Z")
 */
export function csvToEpcisEvents(text: string): CsvToEpcisEventsReturnType {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { events: [], errors: [{ row: 1, message: "The file is empty." }] };
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const missing = ["gtin", "lot", "bizStep", "eventTime"].filter((c) => !index.has(c));
  if (missing.length > 0)
    return { events: [], errors: [{ row: 1, message: `Missing columns: ${missing.join(", ")}.` }] };
  const events: Record<string, unknown>[] = [];
  const errors: RowError[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    const get = (name: string) => {
      const at = index.get(name);
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    try {
      const eventTime = get("eventTime");
      const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(eventTime)?.[1];
      if (!offset) throw new Error("eventTime needs a time zone, e.g. 2026-03-01T10:00:00+01:00");
      const epcClass = buildDigitalLink({ domain: "https://id.gs1.org", gtin: get("gtin"), lot: get("lot") });
      const quantity = get("quantity");
      const gln = get("locationGln");
      const event = {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime,
        eventTimeZoneOffset: offset === "Z" ? "+00:00" : offset,
        epcList: [],
        quantityList: [
          {
            epcClass,
            ...(quantity ? { quantity: Number(quantity) } : {}),
            ...(get("unit") ? { uom: get("unit") } : {}),
          },
        ],
        bizStep: get("bizStep"),
        ...(get("disposition") ? { disposition: get("disposition") } : {}),
        ...(gln ? { bizLocation: { id: `https://id.gs1.org/414/${gln}` } } : {}),
      };
      parseEpcisEvent(event);
      events.push(event);
    } catch (error) {
      const issues = (error as { issues?: { path: string; message: string }[] }).issues;
      const message = issues?.length
        ? issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")
        : ((error as Error).message.split("\n")[0] ?? "invalid row");
      errors.push({ row, message });
    }
  });
  return { events, errors };
}
