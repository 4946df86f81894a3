import { epcUriToDigitalLink, parseDigitalLink } from "@tracemark/sdk";

/** What a timeline shows of a step beyond its name, place and time. */
export type ShippingDetails = {
  /** The lots the step names (its EPCs and quantities), each once. */
  lots: { gtin: string; lot: string }[];
  /** Where it went: companies and places by name ("Org B", "Rotterdam warehouse"). */
  destinations: string[];
  /** Where it came from, the same way. */
  sources: string[];
  /** Sensor readings in words: "Temperature 4.5 °C". */
  readings: string[];
  /** Business documents by kind: "Purchase order PO-7". */
  documents: string[];
};

const units: Record<string, string> = {
  CEL: "°C",
  FAH: "°F",
  KEL: "K",
  P1: "%",
  KGM: "kg",
  GRM: "g",
  LTR: "L",
  MTR: "m",
  KPA: "kPa",
  BAR: "bar",
  HUR: "h",
  MIN: "min",
  SEC: "s",
};

/** CBV 2.0 business transaction types (`btt`), in words. */
const documentKinds: Record<string, string> = {
  bol: "Bill of lading",
  cert: "Certificate",
  desadv: "Despatch advice",
  inv: "Invoice",
  pedigree: "Pedigree",
  po: "Purchase order",
  poc: "Purchase order confirmation",
  prodorder: "Production order",
  recadv: "Receiving advice",
  rma: "Return authorisation",
  testprd: "Test procedure",
  testres: "Test result",
  upevt: "Upstream event",
};

const lotLists = ["epcList", "childEPCs", "inputEPCList", "outputEPCList"];
const quantityLists = ["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"];

/**
 * The shipping details of an EPCIS event for a timeline: the lots it names, its destinations and
 * sources by name, its sensor readings and its business documents, each in words. Works on the
 * event a lot's API answer carries and on a public record's event (without its withheld fields).
 *
 * @example
 * shippingDetailsOf(event, { "https://id.gs1.org/417/9520123456788": "Org B" })
 * // { lots: [...], destinations: ["Org B"], readings: ["Temperature 4 °C"], documents: ["Purchase order PO-7"], sources: [] }
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
        ? [`${documentKind(t.type)} ${documentReference(t.bizTransaction)}`.trim()]
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

/** A destination or source list by name, companies before places; an unknown GLN said as such. */
function parties(value: unknown, key: "destination" | "source", names: Readonly<Record<string, string>>) {
  const entries = list(value).flatMap((entry) => {
    const uri = entry[key];
    if (typeof uri !== "string") return [];
    const isPlace = /location$/.test(String(entry.type ?? ""));
    return [{ isPlace, name: names[uri] ?? nameOfUnknown(uri, isPlace) }];
  });
  entries.sort((a, b) => Number(a.isPlace) - Number(b.isPlace));
  return [...new Set(entries.map((e) => e.name))];
}

function nameOfUnknown(uri: string, isPlace: boolean): string {
  const link = uri.startsWith("urn:epc:") ? (epcUriToDigitalLink(uri) ?? uri) : uri;
  const gln = /\/(?:414|417)\/(\d{13})/.exec(link)?.[1];
  if (gln) return isPlace ? `the place with GLN ${gln}` : `the company with GLN ${gln}`;
  if (uri.startsWith("urn:tracemark:")) return isPlace ? "a partner's place" : "a partner company";
  return isPlace ? "a place outside Tracemark" : "a company outside Tracemark";
}

function reading(report: Record<string, unknown>): string[] {
  const type = typeof report.type === "string" ? report.type : "";
  const term = type.replace(/^.*[:/#-]/, "");
  const name = term ? capitalise(term.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()) : "Reading";
  const unit = typeof report.uom === "string" ? (units[report.uom] ?? report.uom) : "";
  const amount = (n: unknown) =>
    typeof n === "number" ? `${n}${unit === "%" || unit === "" ? "" : " "}${unit}` : "";
  if (typeof report.value === "number") return [`${name} ${amount(report.value)}`];
  if (typeof report.minValue === "number" && typeof report.maxValue === "number") {
    return [`${name} ${amount(report.minValue)} to ${amount(report.maxValue)}`];
  }
  if (typeof report.meanValue === "number") return [`${name} ${amount(report.meanValue)} on average`];
  if (typeof report.stringValue === "string") return [`${name} ${report.stringValue}`];
  if (typeof report.booleanValue === "boolean") return [`${name} ${report.booleanValue ? "yes" : "no"}`];
  return [];
}

function documentKind(type: unknown): string {
  if (typeof type !== "string" || type === "") return "Document";
  const term = type.replace(/^.*(?:btt:|BTT-)/, "");
  return documentKinds[term] ?? capitalise(term.replace(/^.*[:/#]/, "").replaceAll("_", " "));
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
