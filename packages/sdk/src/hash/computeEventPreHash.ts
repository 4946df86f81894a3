import { cbvForms, cbvWebVocabulary } from "../epcis/cbv.ts";
import { tracemarkContextPrefixes, tracemarkContextUrl } from "../epcis/tracemarkContext.ts";
import { EventHashError } from "../errors/hash.ts";
import { type CanonicalValueOptions, canonicalTimestamp, canonicalValue } from "./canonicalValue.ts";
import { compareCodePoints } from "./compareCodePoints.ts";
import {
  currentEventHashRuleVersion,
  type EventHashRuleVersion,
  type EventHashVersion,
  type JsonLdContext,
} from "./types.ts";

export type ComputeEventPreHashParameters = {
  /** One EPCIS 2.0 event in JSON/JSON-LD form (as in `epcisBody.eventList`). */
  event: Readonly<Record<string, unknown>>;
  /** The enclosing document's `@context`, to expand prefixes of user extensions. An event's own `@context` is used too. */
  context?: JsonLdContext | undefined;
  /** Algorithm version; default `"CBV2.0"`. Under rule version 2 it only names the version in the hash. */
  version?: EventHashVersion | undefined;
  /** Tracemark's rule version (see `EventHashRuleVersion`); default `currentEventHashRuleVersion`. */
  hashVersion?: EventHashRuleVersion | undefined;
};
export type ComputeEventPreHashReturnType = string;

type Node = { name: string; value: string; children: Node[] };
type Order = readonly (readonly [name: string, children?: Order])[];

const gs1VocV1 = "https://ref.gs1.org/voc/";
/** `gs1:` in EPCIS 2.0's standard context (epcis-context.jsonld), unless the document declares it otherwise. */
const gs1Voc = "https://gs1.org/voc/";
const cbvVoc = cbvWebVocabulary;
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

const sensorElementList: Order[number] = [
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
];
const typedListOrders: Order = [
  ["bizTransactionList", typed("bizTransaction")],
  ["sourceList", typed("source")],
  ["destinationList", typed("destination")],
];

/** The canonical property order of rule version 1 (CBV 2.0 section 8.9, "EPCIS Event Hash ID"). */
const eventOrderV1: Order = [
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
  ...typedListOrders,
  sensorElementList,
];

/**
 * The order of rule version 2, the reference implementation's: `certificationInfo` after
 * `eventTimeZoneOffset`, `parentID` before `epcList`, and `bizTransactionList`, `sourceList`,
 * `destinationList` not here but among the trailing fields (see `computeEventPreHash`).
 */
const eventOrderV2: Order = [
  ["eventTime"],
  ["eventTimeZoneOffset"],
  ["certificationInfo"],
  ["parentID"],
  ["epcList", [["epc"]]],
  ...eventOrderV1
    .filter(([name]) => !["eventTime", "eventTimeZoneOffset", "parentID", "epcList"].includes(name))
    .filter(([name]) => !typedListOrders.some(([typedName]) => typedName === name)),
];

/** Fields that never take part in the hash (rule version 2; version 1 also left out `certificationInfo`). */
const ignored = new Set(["type", "eventID", "recordTime", "errorDeclaration", "@context"]);
const ignoredAnywhere = new Set(["rdfs:comment", "comment", "@context"]);
/** Fields whose bare-string values are terms of a standard vocabulary (rule 16), with its base URI (`gs1:`: the `gs1` namespace). */
const vocabularies: Record<string, string> = {
  bizStep: cbvForms.bizStep.web,
  disposition: cbvForms.disposition.web,
  set: cbvForms.disposition.web,
  unset: cbvForms.disposition.web,
  "bizTransactionList.type": cbvForms.bizTransactionType.web,
  "sourceList.type": cbvForms.sourceDestType.web,
  "destinationList.type": cbvForms.sourceDestType.web,
  "sensorReport.type": "gs1:",
  "sensorReport.exception": "gs1:",
  "sensorReport.component": `${cbvWebVocabulary}Comp-`,
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

/** What differs between rule versions (see `EventHashRuleVersion`). */
type Rules = {
  order: Order;
  /** Extensions nested in ordered fields stay inside them (else they go to the trailing block under their parent's name). */
  inline: boolean;
  /** The `sensorElementList` name is written. */
  sensorElementListName: boolean;
  /** `bizTransactionList`, `sourceList` and `destinationList` are written among the trailing fields. */
  typedListsTrailing: boolean;
  ignored: ReadonlySet<string>;
  /** The base of `gs1:` vocabulary terms (sensor types, exceptions). */
  gs1: string;
  value: CanonicalValueOptions;
  namespaces: Map<string, string>;
};

/**
 * The canonical pre-hash string of an EPCIS 2.0 event, per the "EPCIS Event Hash ID" algorithm of
 * GS1 CBV 2.0 (section 8.9) as GS1's reference implementation
 * (github.com/RalphTro/epcis-event-hash-generator) computes it, which is the oracle where the text
 * leaves room (packages/sdk README, "The event hash where the text is ambiguous"): fields in the
 * canonical order, `key=value` without separators, list items sorted by code point, timestamps
 * in UTC with milliseconds (sub-millisecond digits rounded half-up), numbers without trailing zeros,
 * CBV URNs, CURIEs and bare vocabulary terms expanded to Web URIs (`gs1:` with the namespace the
 * `@context` declares, `https://gs1.org/voc/` in EPCIS 2.0's standard context), EPC URIs and Digital
 * Link URIs as constrained canonical `https://id.gs1.org/…` URIs, ILMD and user extensions as
 * `{namespace}localName`; extensions nested in `readPoint`, sensor elements… stay inside their
 * parent, after its standard fields; `certificationInfo` follows `eventTimeZoneOffset`;
 * `bizTransactionList`, `sourceList` and `destinationList` are sorted with the other fields that
 * follow the ordered ones. `eventID`, `recordTime` and `errorDeclaration` are excluded.
 * `hashVersion: 1` gives the pre-hash string of Tracemark's earlier rules (`EventHashRuleVersion`),
 * for events anchored under them. Throws `EventHashError` for a value it cannot express (an
 * undeclared prefix, a bad timestamp).
 *
 * @example
 * computeEventPreHash({ event: { type: "ObjectEvent", eventTime: "2020-03-04T11:00:30+01:00", eventTimeZoneOffset: "+01:00", epcList: ["urn:epc:id:sscc:4012345.0000000111"], action: "OBSERVE" } })
 * // "eventType=ObjectEventeventTime=2020-03-04T10:00:30.000ZeventTimeZoneOffset=+01:00epcListepc=https://id.gs1.org/00/040123450000001112action=OBSERVE"
 */
export function computeEventPreHash(
  parameters: ComputeEventPreHashParameters,
): ComputeEventPreHashReturnType {
  const { event, version = "CBV2.0", hashVersion = currentEventHashRuleVersion } = parameters;
  const type = event.type;
  if (typeof type !== "string" || type === "")
    throw new EventHashError({ path: "type", reason: "the event type is missing" });
  const contexts = [parameters.context, event["@context"] as JsonLdContext | undefined];
  const rules = hashVersion === 1 ? rulesV1(contexts, version) : rulesV2(contexts);
  const children: Node[] = [];
  for (const [key, value] of Object.entries(event)) {
    if (rules.ignored.has(key) || value === undefined) continue;
    children.push(...toNodes(key, value, key, rules));
  }
  const ordered = emitOrdered(children, rules.order, rules);
  const rest = children
    .map((child) => emitTrailing(child, rules))
    .sort(compareCodePoints)
    .join("");
  return `eventType=${type}${ordered}${rest}`;
}

function rulesV1(contexts: (JsonLdContext | undefined)[], version: EventHashVersion): Rules {
  const inline = version === "CBV2.1";
  return {
    order: eventOrderV1,
    inline,
    sensorElementListName: inline,
    typedListsTrailing: false,
    ignored: new Set([...ignored, "certificationInfo"]),
    gs1: gs1VocV1,
    value: { hashVersion: 1 },
    namespaces: collectNamespaces(contexts, gs1VocV1),
  };
}

function rulesV2(contexts: (JsonLdContext | undefined)[]): Rules {
  const namespaces = collectNamespaces(contexts, gs1Voc);
  const prefixes = new Map([
    ["gs1", namespaces.get("gs1") as string],
    ["cbv", namespaces.get("cbv") as string],
  ]);
  return {
    order: eventOrderV2,
    inline: true,
    sensorElementListName: true,
    typedListsTrailing: true,
    ignored,
    gs1: namespaces.get("gs1") as string,
    value: { prefixes },
    namespaces,
  };
}

function collectNamespaces(contexts: (JsonLdContext | undefined)[], gs1: string): Map<string, string> {
  // The prefixes EPCIS 2.0's standard context (epcis-context.jsonld) defines, usable undeclared.
  const namespaces = new Map<string, string>([
    ["gs1", gs1],
    ["cbv", cbvVoc],
    ["epcis", "https://ref.gs1.org/epcis/"],
    ["cbvmda", "urn:epcglobal:cbv:mda:"],
    ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
    ["owl", "http://www.w3.org/2002/07/owl#"],
    ["xsd", "http://www.w3.org/2001/XMLSchema#"],
    ["dcterms", "http://purl.org/dc/terms/"],
  ]);
  const visit = (context: JsonLdContext | undefined) => {
    // Tracemark's context, named by its URL, declares its prefixes (`tracemarkContext`).
    if (context === tracemarkContextUrl) visit(tracemarkContextPrefixes);
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

function scalar(value: unknown, path: string, key: string, rules: Rules, vocabulary?: string): string {
  if (typeof value === "string") {
    if (timeFields.has(key)) {
      const timestamp = canonicalTimestamp(value);
      if (timestamp === undefined) {
        throw new EventHashError({ path, reason: `"${value}" is not a date-time with a time zone` });
      }
      return timestamp;
    }
    return canonicalValue(value, vocabulary, rules.value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new EventHashError({ path, reason: "the number is not finite" });
    return canonicalValue(String(value), undefined, rules.value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null) return "";
  throw new EventHashError({ path, reason: `unexpected ${typeof value}` });
}

function toNodes(key: string, value: unknown, path: string, rules: Rules, parent = ""): Node[] {
  if (ignoredAnywhere.has(key)) return [];
  if (Array.isArray(value)) {
    if (epcLists[key]) {
      return [
        {
          name: key,
          value: "",
          children: value.map((v, i) => ({
            name: "epc",
            value: scalar(v, `${path}[${i}]`, "epc", rules),
            children: [],
          })),
        },
      ];
    }
    if (quantityLists.has(key)) {
      const items = value.map((v, i) => objectNode("quantityElement", v, `${path}[${i}]`, rules, key));
      return [{ name: key, value: "", children: items }];
    }
    const typedName = typedLists[key];
    if (typedName) {
      const items = value.map((v, i) => ({
        ...objectNode(typedName, v, `${path}[${i}]`, rules, key),
        name: "",
      }));
      return [{ name: key, value: "", children: items }];
    }
    if (key === "sensorElementList") {
      const items = value.map((v, i) => objectNode("sensorElement", v, `${path}[${i}]`, rules, key));
      return [{ name: key, value: "", children: items }];
    }
    return value.flatMap((v, i) => toNodes(key, v, `${path}[${i}]`, rules, parent));
  }
  const name = expandKey(key, path, rules.namespaces);
  if (value !== null && typeof value === "object") return [objectNode(name, value, path, rules, key)];
  let vocabulary = vocabularies[`${parent}.${key}`] ?? (key.includes(":") ? undefined : vocabularies[key]);
  if (vocabulary === "gs1:") vocabulary = rules.gs1;
  return [{ name, value: scalar(value, path, key, rules, vocabulary), children: [] }];
}

function objectNode(name: string, value: unknown, path: string, rules: Rules, key: string): Node {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new EventHashError({ path, reason: "expected an object" });
  }
  const children: Node[] = [];
  for (const [childKey, child] of Object.entries(value)) {
    if (child === undefined) continue;
    children.push(...toNodes(childKey, child, `${path}.${childKey}`, rules, key));
  }
  return { name, value: "", children };
}

/**
 * Writes the children named in `order`, in that order, each group sorted; removes what it wrote so
 * that only fields outside the order (extensions, ILMD) remain for the trailing block.
 */
function emitOrdered(children: Node[], order: Order, rules: Rules): string {
  let out = "";
  for (const [name, childOrder] of order) {
    const strings: string[] = [];
    for (const child of children.filter((c) => c.name === name)) {
      const text = child.value ? `=${child.value}` : "";
      let nested = "";
      if (childOrder) {
        nested = emitOrdered(child.children, childOrder, rules);
        if (rules.inline) {
          nested += child.children.map(emitGeneric).sort(compareCodePoints).join("");
          child.children.length = 0;
        }
      }
      const label = name === "sensorElementList" && !rules.sensorElementListName ? "" : name;
      if (text || nested) strings.push(label + text + nested);
      if (child.children.length === 0) children.splice(children.indexOf(child), 1);
    }
    out += strings.sort(compareCodePoints).join("");
  }
  return out;
}

/** A field after the ordered ones; `bizTransactionList`, `sourceList`, `destinationList` keep their items' `type` first. */
function emitTrailing(node: Node, rules: Rules): string {
  if (!rules.typedListsTrailing || typedLists[node.name] === undefined) return emitGeneric(node);
  const order = typedListOrders.find(([name]) => name === node.name) as Order[number];
  return emitOrdered([node], [order], rules);
}

function emitGeneric(node: Node): string {
  const text = node.value ? `=${node.value}` : "";
  return node.name + text + node.children.map(emitGeneric).sort(compareCodePoints).join("");
}
