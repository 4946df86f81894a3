import { EventHashError } from "../errors/hash.ts";
import { canonicalTimestamp, canonicalValue } from "./canonicalValue.ts";
import { compareCodePoints } from "./compareCodePoints.ts";
import type { EventHashVersion, JsonLdContext } from "./types.ts";

export type ComputeEventPreHashParameters = {
  /** One EPCIS 2.0 event in JSON/JSON-LD form (as in `epcisBody.eventList`). */
  event: Readonly<Record<string, unknown>>;
  /** The enclosing document's `@context`, to expand prefixes of user extensions. An event's own `@context` is used too. */
  context?: JsonLdContext | undefined;
  /** Algorithm version; default `"CBV2.0"`. */
  version?: EventHashVersion | undefined;
};
export type ComputeEventPreHashReturnType = string;

type Node = { name: string; value: string; children: Node[] };
type Order = readonly (readonly [name: string, children?: Order])[];

const gs1Voc = "https://ref.gs1.org/voc/";
const quantityElement: Order = [["epcClass"], ["quantity"], ["uom"]];
const typed = (name: string): Order => [["", [["type"], [name]]]];
const sensorMetadata: Order = ["time", "startTime", "endTime", "deviceID", "deviceMetadata", "rawData"]
  .concat(["dataProcessingMethod", "bizRules"])
  .map((n) => [n] as const);
const sensorReport: Order = [
  ...["type", "exception", "deviceID", "deviceMetadata", "rawData", "dataProcessingMethod", "time"],
  ...["microorganism", "chemicalSubstance", "value", "component", "stringValue", "booleanValue"],
  ...["hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue"],
  ...["uom", "coordinateReferenceSystem"],
].map((n) => [n] as const);

/** The canonical property order (CBV 2.0 section 8.9, "EPCIS Event Hash ID"). */
const eventOrder: Order = [
  ["eventTime"],
  ["eventTimeZoneOffset"],
  ["epcList", [["epc"]]],
  ["parentID"],
  ["inputEPCList", [["epc"]]],
  ["childEPCs", [["epc"]]],
  ["quantityList", [["quantityElement", quantityElement]]],
  ["childQuantityList", [["quantityElement", quantityElement]]],
  ["inputQuantityList", [["quantityElement", quantityElement]]],
  ["outputEPCList", [["epc"]]],
  ["outputQuantityList", [["quantityElement", quantityElement]]],
  ["action"],
  ["transformationID"],
  ["bizStep"],
  ["disposition"],
  ["persistentDisposition", [["set"], ["unset"]]],
  ["readPoint", [["id"]]],
  ["bizLocation", [["id"]]],
  ["bizTransactionList", typed("bizTransaction")],
  ["sourceList", typed("source")],
  ["destinationList", typed("destination")],
  [
    "sensorElementList",
    [
      [
        "sensorElement",
        [
          ["sensorMetadata", sensorMetadata],
          ["sensorReport", sensorReport],
        ],
      ],
    ],
  ],
];

/** Fields that never take part in the hash. */
const ignored = new Set([
  "type",
  "eventID",
  "recordTime",
  "errorDeclaration",
  "certificationInfo",
  "@context",
]);
const ignoredAnywhere = new Set(["rdfs:comment", "comment", "@context"]);
/** Fields whose bare-string values are terms of a standard vocabulary (rule 16), with its base URI. */
const vocabularies: Record<string, string> = {
  bizStep: "https://ref.gs1.org/cbv/BizStep-",
  disposition: "https://ref.gs1.org/cbv/Disp-",
  set: "https://ref.gs1.org/cbv/Disp-",
  unset: "https://ref.gs1.org/cbv/Disp-",
  "bizTransactionList.type": "https://ref.gs1.org/cbv/BTT-",
  "sourceList.type": "https://ref.gs1.org/cbv/SDT-",
  "destinationList.type": "https://ref.gs1.org/cbv/SDT-",
  "sensorReport.type": gs1Voc,
  "sensorReport.exception": gs1Voc,
  "sensorReport.component": "https://ref.gs1.org/cbv/Comp-",
};
const epcLists: Record<string, true> = {
  epcList: true,
  inputEPCList: true,
  outputEPCList: true,
  childEPCs: true,
};
const quantityLists = new Set([
  "quantityList",
  "childQuantityList",
  "inputQuantityList",
  "outputQuantityList",
]);
const typedLists: Record<string, string> = {
  bizTransactionList: "bizTransaction",
  sourceList: "source",
  destinationList: "destination",
};
const timeFields = new Set(["eventTime", "time", "startTime", "endTime"]);

/**
 * The canonical pre-hash string of an EPCIS 2.0 event, per the "EPCIS Event Hash ID" algorithm of
 * GS1 CBV 2.0 (section 8.9; reference implementation github.com/RalphTro/epcis-event-hash-generator):
 * fields in the canonical order, `key=value` without separators, list items sorted by code point,
 * timestamps in UTC with milliseconds (sub-millisecond digits rounded half-up), numbers without
 * trailing zeros, CBV URNs, CURIEs and bare vocabulary terms expanded to Web URIs, EPC URIs and
 * Digital Link URIs as constrained canonical `https://id.gs1.org/…` URIs, ILMD and user extensions
 * as `{namespace}localName`. With CBV 2.0, extensions inside `readPoint`, `bizLocation` and sensor
 * elements go in the trailing block under their parent's name; CBV 2.1 keeps them inline and writes
 * the `sensorElementList` name. `eventID`, `recordTime`, `errorDeclaration` and `certificationInfo`
 * are excluded. Throws `EventHashError` for a value it cannot express (an undeclared prefix, a bad timestamp).
 *
 * @example
 * computeEventPreHash({ event: { type: "ObjectEvent", eventTime: "2020-03-04T11:00:30+01:00", eventTimeZoneOffset: "+01:00", epcList: ["urn:epc:id:sscc:4012345.0000000111"], action: "OBSERVE" } })
 * // "eventType=ObjectEventeventTime=2020-03-04T10:00:30.000ZeventTimeZoneOffset=+01:00epcListepc=https://id.gs1.org/00/040123450000001112action=OBSERVE"
 */
export function computeEventPreHash(
  parameters: ComputeEventPreHashParameters,
): ComputeEventPreHashReturnType {
  const { event, version = "CBV2.0" } = parameters;
  const type = event.type;
  if (typeof type !== "string" || type === "")
    throw new EventHashError({ path: "type", reason: "the event type is missing" });
  const namespaces = collectNamespaces([parameters.context, event["@context"] as JsonLdContext | undefined]);
  const children: Node[] = [];
  for (const [key, value] of Object.entries(event)) {
    if (ignored.has(key) || value === undefined) continue;
    children.push(...toNodes(key, value, key, namespaces));
  }
  const inline = version === "CBV2.1";
  const ordered = emitOrdered(children, eventOrder, inline);
  const rest = children.map(emitGeneric).sort(compareCodePoints).join("");
  return `eventType=${type}${ordered}${rest}`;
}

function collectNamespaces(contexts: (JsonLdContext | undefined)[]): Map<string, string> {
  const namespaces = new Map<string, string>([
    ["gs1", gs1Voc],
    ["cbv", "https://ref.gs1.org/cbv/"],
    ["epcis", "https://ref.gs1.org/epcis/"],
  ]);
  const visit = (context: JsonLdContext | undefined) => {
    if (context === undefined || typeof context === "string") return;
    if (Array.isArray(context)) {
      for (const item of context) visit(item);
      return;
    }
    for (const [prefix, uri] of Object.entries(context)) {
      if (typeof uri === "string") namespaces.set(prefix, uri);
      else if (uri && typeof uri === "object" && typeof (uri as { "@id"?: unknown })["@id"] === "string") {
        namespaces.set(prefix, (uri as { "@id": string })["@id"]);
      }
    }
  };
  for (const context of contexts) visit(context);
  return namespaces;
}

/** A key as in the pre-hash string: standard names as they are, extensions as `{namespace}localName`. */
function expandKey(key: string, path: string, namespaces: Map<string, string>): string {
  if (/^https?:\/\//.test(key)) {
    const cut = Math.max(key.lastIndexOf("/"), key.lastIndexOf("#")) + 1;
    return `{${key.slice(0, cut)}}${key.slice(cut)}`;
  }
  const colon = key.indexOf(":");
  if (colon < 0) return key;
  const prefix = key.slice(0, colon);
  const namespace = namespaces.get(prefix);
  if (namespace === undefined) {
    throw new EventHashError({
      path,
      reason: `the prefix "${prefix}" is not declared in the @context, so the extension cannot be named`,
    });
  }
  return `{${namespace}}${key.slice(colon + 1)}`;
}

function scalar(value: unknown, path: string, key: string, vocabulary?: string): string {
  if (typeof value === "string") {
    if (timeFields.has(key)) {
      const timestamp = canonicalTimestamp(value);
      if (timestamp === undefined) {
        throw new EventHashError({ path, reason: `"${value}" is not a date-time with a time zone` });
      }
      return timestamp;
    }
    return canonicalValue(value, vocabulary);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new EventHashError({ path, reason: "the number is not finite" });
    return canonicalValue(String(value));
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null) return "";
  throw new EventHashError({ path, reason: `unexpected ${typeof value}` });
}

function toNodes(
  key: string,
  value: unknown,
  path: string,
  namespaces: Map<string, string>,
  parent = "",
): Node[] {
  if (ignoredAnywhere.has(key)) return [];
  if (Array.isArray(value)) {
    if (epcLists[key]) {
      return [
        { name: key, value: "", children: value.map((v, i) => leaf("epc", v, `${path}[${i}]`, "epc")) },
      ];
    }
    if (quantityLists.has(key)) {
      const items = value.map((v, i) => objectNode("quantityElement", v, `${path}[${i}]`, namespaces, key));
      return [{ name: key, value: "", children: items }];
    }
    const typedName = typedLists[key];
    if (typedName) {
      const items = value.map((v, i) => typedNode(typedName, v, `${path}[${i}]`, namespaces, key));
      return [{ name: key, value: "", children: items }];
    }
    if (key === "sensorElementList") {
      const items = value.map((v, i) => objectNode("sensorElement", v, `${path}[${i}]`, namespaces, key));
      return [{ name: key, value: "", children: items }];
    }
    return value.flatMap((v, i) => toNodes(key, v, `${path}[${i}]`, namespaces, parent));
  }
  const name = expandKey(key, path, namespaces);
  if (value !== null && typeof value === "object") return [objectNode(name, value, path, namespaces, key)];
  const vocabulary = vocabularies[`${parent}.${key}`] ?? (key.includes(":") ? undefined : vocabularies[key]);
  return [{ name, value: scalar(value, path, key, vocabulary), children: [] }];
}

function leaf(name: string, value: unknown, path: string, key: string): Node {
  return { name, value: scalar(value, path, key), children: [] };
}

function objectNode(
  name: string,
  value: unknown,
  path: string,
  namespaces: Map<string, string>,
  key: string,
): Node {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new EventHashError({ path, reason: "expected an object" });
  }
  const children: Node[] = [];
  for (const [childKey, child] of Object.entries(value)) {
    if (child === undefined) continue;
    children.push(...toNodes(childKey, child, `${path}.${childKey}`, namespaces, key));
  }
  return { name, value: "", children };
}

/** A bizTransaction/source/destination item: written as `type=…` then `{name}=…`, without its own label. */
function typedNode(
  name: string,
  value: unknown,
  path: string,
  namespaces: Map<string, string>,
  list: string,
): Node {
  return { ...objectNode(name, value, path, namespaces, list), name: "" };
}

/**
 * Writes the children named in `order`, in that order, each group sorted; removes what it wrote so
 * that only fields outside the order (extensions, ILMD) remain for the trailing block.
 */
function emitOrdered(children: Node[], order: Order, inline: boolean): string {
  let out = "";
  for (const [name, childOrder] of order) {
    const strings: string[] = [];
    for (const child of children.filter((c) => c.name === name)) {
      const text = child.value ? `=${child.value}` : "";
      let nested = "";
      if (childOrder) {
        nested = emitOrdered(child.children, childOrder, inline);
        if (inline) {
          nested += child.children.map(emitGeneric).sort(compareCodePoints).join("");
          child.children.length = 0;
        }
      }
      const label = name === "sensorElementList" && !inline ? "" : name;
      if (text || nested) strings.push(label + text + nested);
      if (child.children.length === 0) children.splice(children.indexOf(child), 1);
    }
    out += strings.sort(compareCodePoints).join("");
  }
  return out;
}

function emitGeneric(node: Node): string {
  const text = node.value ? `=${node.value}` : "";
  return node.name + text + node.children.map(emitGeneric).sort(compareCodePoints).join("");
}
