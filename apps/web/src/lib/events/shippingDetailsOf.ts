import { epcUriToDigitalLink, parseDigitalLink } from "@tracemark/sdk";

/** A destination or source: a name the page knows, or what can be said of one it does not. */
export type Party =
  | { kind: "named"; name: string }
  /** A GLN no name is known for: a company's (417) or, with `place`, a place's (414). */
  | { kind: "gln"; gln: string; place: boolean }
  /** A Tracemark organisation or location the page has no name for. */
  | { kind: "partner"; place: boolean }
  /** Another system's identifier. */
  | { kind: "outside"; place: boolean };

/** A sensor reading: what it measured, its unit and its value. */
export type Reading = {
  /** The measured property's term from its type ("Temperature", "RelativeHumidity"); `undefined` without one. */
  property: string | undefined;
  /** The unit as sent (UN/CEFACT code: "CEL", "P1"), `undefined` without one. */
  unit: string | undefined;
  value:
    | { kind: "value"; value: number }
    | { kind: "range"; min: number; max: number }
    | { kind: "mean"; mean: number }
    | { kind: "text"; text: string }
    | { kind: "boolean"; value: boolean };
};

/** A business document: its CBV 2.0 business transaction type (`btt`) term and its reference. */
export type Document = {
  /** "po", "desadv"…, another vocabulary's last term, or `undefined` without a type. */
  kind: string | undefined;
  reference: string;
};

/** What a timeline shows of a step beyond its name, place and time, as parts to word in a language. */
export type ShippingDetails = {
  /** The lots the step names (its EPCs and quantities), each once. */
  lots: { gtin: string; lot: string }[];
  /** Where it went: companies before places. */
  destinations: Party[];
  /** Where it came from, the same way. */
  sources: Party[];
  readings: Reading[];
  documents: Document[];
};

const lotLists = ["epcList", "childEPCs", "inputEPCList", "outputEPCList"];
const quantityLists = ["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"];

/**
 * The shipping details of an EPCIS event for a timeline: the lots it names, its destinations and
 * sources (by name where `names` knows them), its sensor readings and its business documents, as
 * parts that `wordShippingDetails` puts in a language. Works on the event a lot's API answer carries
 * and on a public record's event (without its withheld fields).
 *
 * @example
 * shippingDetailsOf(event, { "https://id.gs1.org/417/9520123456788": "Org B" })
 * // { lots: [...], destinations: [{ kind: "named", name: "Org B" }], sources: [],
 * //   readings: [{ property: "Temperature", unit: "CEL", value: { kind: "value", value: 4 } }],
 * //   documents: [{ kind: "po", reference: "PO-7" }] }
 */
export function shippingDetailsOf(
  event: Readonly<Record<string, unknown>>,
  names: Readonly<Record<string, string>> = {},
): ShippingDetails {
  const identifiers = [
    ...lotLists.flatMap((key) => strings(event[key])),
    ...quantityLists.flatMap((key) => list(event[key]).map((q) => q.epcClass)),
    event.parentID,
  ].filter((v): v is string => typeof v === "string");
  const lots = new Map<string, { gtin: string; lot: string }>();
  for (const id of identifiers) {
    const lot = lotOf(id);
    if (lot) lots.set(`${lot.gtin}/${lot.lot}`, lot);
  }
  return {
    lots: [...lots.values()],
    destinations: parties(event.destinationList, "destination", names),
    sources: parties(event.sourceList, "source", names),
    readings: list(event.sensorElementList).flatMap((element) => list(element.sensorReport).flatMap(reading)),
    documents: list(event.bizTransactionList).flatMap((t) =>
      typeof t.bizTransaction === "string"
        ? [{ kind: documentKind(t.type), reference: documentReference(t.bizTransaction) }]
        : [],
    ),
  };
}

/** The GTIN and lot an EPC (URN or Digital Link) names, when it names a lot. */
function lotOf(id: string): { gtin: string; lot: string } | undefined {
  const link = id.startsWith("urn:epc:") ? epcUriToDigitalLink(id) : id;
  if (!link || !/\/01\/\d/.test(link)) return undefined;
  try {
    const { gtin, lot } = parseDigitalLink(link);
    return lot ? { gtin, lot } : undefined;
  } catch {
    return undefined;
  }
}

/** A destination or source list, companies before places, each once. */
function parties(value: unknown, key: "destination" | "source", names: Readonly<Record<string, string>>) {
  const entries = list(value).flatMap((entry) => {
    const uri = entry[key];
    if (typeof uri !== "string") return [];
    const place = /location$/.test(String(entry.type ?? ""));
    const name = names[uri];
    return [
      name ? { party: { kind: "named", name } as Party, place } : { party: unknownParty(uri, place), place },
    ];
  });
  entries.sort((a, b) => Number(a.place) - Number(b.place));
  const seen = new Set<string>();
  return entries.flatMap(({ party }) => {
    const key = JSON.stringify(party);
    if (seen.has(key)) return [];
    seen.add(key);
    return [party];
  });
}

function unknownParty(uri: string, place: boolean): Party {
  const link = uri.startsWith("urn:epc:") ? (epcUriToDigitalLink(uri) ?? uri) : uri;
  const gln = /\/(?:414|417)\/(\d{13})/.exec(link)?.[1];
  if (gln) return { kind: "gln", gln, place };
  if (uri.startsWith("urn:tracemark:")) return { kind: "partner", place };
  return { kind: "outside", place };
}

function reading(report: Record<string, unknown>): Reading[] {
  const type = typeof report.type === "string" ? report.type : "";
  const property = type.replace(/^.*[:/#-]/, "") || undefined;
  const unit = typeof report.uom === "string" && report.uom !== "" ? report.uom : undefined;
  const of = (value: Reading["value"]): Reading[] => [{ property, unit, value }];
  if (typeof report.value === "number") return of({ kind: "value", value: report.value });
  if (typeof report.minValue === "number" && typeof report.maxValue === "number") {
    return of({ kind: "range", min: report.minValue, max: report.maxValue });
  }
  if (typeof report.meanValue === "number") return of({ kind: "mean", mean: report.meanValue });
  if (typeof report.stringValue === "string") return of({ kind: "text", text: report.stringValue });
  if (typeof report.booleanValue === "boolean") return of({ kind: "boolean", value: report.booleanValue });
  return [];
}

function documentKind(type: unknown): string | undefined {
  if (typeof type !== "string" || type === "") return undefined;
  return type.replace(/^.*(?:btt:|BTT-)/, "").replace(/^.*[:/#]/, "") || undefined;
}

function documentReference(id: string): string {
  if (id.startsWith("urn:tracemark:bt:")) return decodeURIComponent(id.slice("urn:tracemark:bt:".length));
  const bt = /^urn:epcglobal:cbv:bt:[^:]+:(.+)$/.exec(id)?.[1];
  if (bt) return bt;
  return id;
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null)
    : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
