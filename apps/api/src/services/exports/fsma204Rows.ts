import { type Database, Prisma } from "@tracemark/db";
import { cbvTerm, tradeItemUri } from "@tracemark/sdk";
import { eventConditions } from "../events/queryEvents.ts";
import { canonicalIdentifier, parsePartyUri, tradeItemKey } from "../identifiers/epcisIdentifiers.ts";
import { receivedBy } from "../lots/lotAccess.ts";
import {
  type Cte,
  FSMA204_BIZ_STEPS,
  FSMA204_COLUMNS,
  FSMA204_NAMESPACE,
  type Fsma204Column,
  type Fsma204EventField,
  fsma204KdesOf,
} from "./fsma204Kdes.ts";

export { FSMA204_COLUMNS };

export type Fsma204Row = Record<Fsma204Column, string | number>;

export type Fsma204RowsParameters = {
  organizationId: string;
  lotId?: string | undefined;
  /** Events naming a lot or item of this GTIN (14 digits). */
  gtin?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

const PAGE = 500;

/**
 * The FSMA 204 sortable-spreadsheet rows of an organisation's events (one lot, one product, or a
 * date range), in event time order: one row per Critical Tracking Event per traceability lot (or
 * item) it names, each filling the KDE columns the rule lists for that CTE (`FSMA204_KDES`) and
 * leaving the others empty. The KDEs come from the event (time, places, parties, business
 * transactions, attached documents, `fsma:` fields), the master data (products' commodity and
 * variety; locations' address, phone, field or container name; organisations' names) and the
 * event where the lot's code was assigned (its traceability lot code source). Reads the events a
 * page at a time, so a large range streams.
 *
 * @example
 * for await (const row of fsma204Rows(db, { organizationId, lotId })) console.log(row["Traceability Lot Code"]);
 */
export async function* fsma204Rows(
  db: Database,
  parameters: Fsma204RowsParameters,
): AsyncGenerator<Fsma204Row> {
  const conditions = eventConditions({
    lotId: parameters.lotId,
    GE_eventTime: parameters.from,
    LT_eventTime: parameters.to,
  });
  conditions.unshift(Prisma.sql`e."organizationId" = ${parameters.organizationId}::uuid`);
  if (parameters.gtin) {
    const prefix = tradeItemUri(parameters.gtin);
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM event_identifiers i WHERE i."eventId" = e.id
      AND (i.value = ${prefix} OR i.value LIKE ${`${prefix}/%`}))`);
  }
  let after: { time: Date; id: string } | undefined;
  const cache = newLookupCache();
  for (;;) {
    const page = await db.prisma.$queryRaw<StoredEvent[]>`
      SELECT e.id, e."eventHash", e."eventTime", e.type, e.action, e."bizStep", e.document FROM events e
      WHERE ${Prisma.join(
        after
          ? [...conditions, Prisma.sql`(e."eventTime", e.id) > (${after.time}, ${after.id}::uuid)`]
          : conditions,
        " AND ",
      )}
      ORDER BY e."eventTime", e.id LIMIT ${PAGE}`;
    if (page.length === 0) return;
    const ctes = page.flatMap((event) => {
      const cte = criticalTrackingEvent(event);
      return cte ? [{ cte, event }] : [];
    });
    const lookups = await lookUp(db, parameters.organizationId, ctes, cache);
    for (const { cte, event } of ctes) yield* rowsOf(cte, event, lookups);
    const last = page.at(-1);
    if (!last || page.length < PAGE) return;
    after = { time: last.eventTime, id: last.id };
  }
}

type StoredEvent = {
  id: string;
  eventHash: string;
  eventTime: Date;
  type: string;
  action: string | null;
  bizStep: string | null;
  document: EpcisJson;
};

type EpcisJson = {
  "@context"?: unknown;
  eventTime?: string;
  eventTimeZoneOffset?: string;
  readPoint?: { id?: string };
  bizLocation?: { id?: string };
  epcList?: string[];
  childEPCs?: string[];
  inputEPCList?: string[];
  outputEPCList?: string[];
  quantityList?: Quantity[];
  childQuantityList?: Quantity[];
  inputQuantityList?: Quantity[];
  outputQuantityList?: Quantity[];
  bizTransactionList?: { type?: string; bizTransaction: string }[];
  sourceList?: { type: string; source: string }[];
  destinationList?: { type: string; destination: string }[];
  ilmd?: Record<string, unknown>;
  [key: string]: unknown;
};
type Quantity = { epcClass: string; quantity?: number; uom?: string };

/**
 * Which FSMA 204 Critical Tracking Event an event is, if any: Tracemark's FSMA 204 business steps
 * (`FSMA204_BIZ_STEPS`) or another vocabulary's harvesting, cooling or landing term; CBV shipping
 * and receiving; CBV packing that creates the lot (action ADD) as initial packing; transformation
 * events (and CBV repackaging, assembling, creating a class instance) as transformation.
 * Commissioning alone is no CTE: it only says where a lot's code was assigned.
 */
export function criticalTrackingEvent(event: {
  type: string;
  action: string | null;
  bizStep: string | null;
}): Cte | undefined {
  const step = event.bizStep ? cbvTerm("bizStep", event.bizStep).toLowerCase() : "";
  if (step === FSMA204_BIZ_STEPS.initialPacking || /initial[_-]?packing/.test(step)) return "Initial Packing";
  if (/harvest/.test(step)) return "Harvesting";
  if (/cool/.test(step)) return "Cooling";
  if (/land(ing|_based)/.test(step)) return "First Land-Based Receiving";
  if (event.type === "TransformationEvent") return "Transformation";
  if (step === "shipping" || step === "departing") return "Shipping";
  if (step === "receiving" || step === "accepting" || step === "arriving") return "Receiving";
  if (step === "packing" && event.action === "ADD") return "Initial Packing";
  if (step === "repackaging" || step === "assembling" || step === "creating_class_instance")
    return "Transformation";
  return undefined;
}

/** The prefixes each event document binds to `FSMA204_NAMESPACE`. */
const prefixesOf = new WeakMap<EpcisJson, string[]>();

/** The value of an `fsma:` KDE field, at the event's top level or in its ILMD, under any prefix bound to `FSMA204_NAMESPACE`. */
function kdeField(doc: EpcisJson, name: Fsma204EventField): string {
  let prefixes = prefixesOf.get(doc);
  if (!prefixes) {
    prefixes = [];
    const contexts = Array.isArray(doc["@context"]) ? doc["@context"] : [doc["@context"]];
    for (const context of contexts) {
      if (!context || typeof context !== "object") continue;
      for (const [prefix, uri] of Object.entries(context))
        if (uri === FSMA204_NAMESPACE) prefixes.push(prefix);
    }
    prefixesOf.set(doc, prefixes);
  }
  const keys = [`${FSMA204_NAMESPACE}${name}`, ...prefixes.map((p) => `${p}:${name}`)];
  for (const holder of [doc, doc.ilmd ?? {}]) {
    for (const key of keys) {
      const value = holder[key];
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return String(value);
      if (value && typeof value === "object" && "@value" in value) return String(value["@value"]);
    }
  }
  return "";
}

type Described = {
  text: string;
  business: string;
  phone: string | null;
  fieldName: string | null;
  containerName: string | null;
};

type Lookups = {
  product: (gtin: string) => { name: string; commodity: string | null; variety: string | null } | undefined;
  /** The place an event names, described (only the exporting organisation's own locations by id). */
  place: (uri: string | undefined) => Described | undefined;
  /** Where the lot's code was assigned (the traceability lot code source), described. */
  lotSource: (gtin: string, lotCode: string) => { text: string; reference: string } | undefined;
  documents: (eventId: string) => string[];
};

const locationSelect = {
  id: true,
  organizationId: true,
  gln: true,
  name: true,
  street: true,
  city: true,
  postalCode: true,
  region: true,
  country: true,
  phone: true,
  fieldName: true,
  containerName: true,
  organization: { select: { name: true } },
} as const;
type LocationRow = Prisma.LocationGetPayload<{ select: typeof locationSelect }>;

/** A location description (§ 1.1310): business name, phone, address, with the GLN when there is one. */
function describe(l: LocationRow): Described {
  const text = [
    l.organization.name,
    l.name === l.organization.name ? undefined : l.name,
    l.street,
    [l.postalCode, l.city].filter(Boolean).join(" "),
    l.region,
    l.country,
    l.phone ? `phone ${l.phone}` : undefined,
    l.gln ? `GLN ${l.gln}` : undefined,
  ]
    .filter(Boolean)
    .join(", ");
  return {
    text,
    business: l.organization.name,
    phone: l.phone,
    fieldName: l.fieldName,
    containerName: l.containerName,
  };
}

const UUID = /^[0-9a-f-]{36}$/i;

/** What earlier pages already looked up: products, lots and their code's source, places. */
type LookupCache = {
  products: Map<string, { name: string; commodity: string | null; variety: string | null } | null>;
  /** Lot ids by GTIN and lot code (null: no such lot on Tracemark). */
  lots: Map<string, string | null>;
  lotSources: Map<string, { text: string; reference: string }>;
  places: Map<string, Described | null>;
};

function newLookupCache(): LookupCache {
  return { products: new Map(), lots: new Map(), lotSources: new Map(), places: new Map() };
}

/**
 * The master data the rows of a page name, looking up only what earlier pages did not: products
 * by GTIN; lots by GTIN and lot code, with where their code was assigned (the lot owner's first
 * event that created the lot, an ADD or a transformation output); places; the page's attached
 * documents.
 */
async function lookUp(
  db: Database,
  organizationId: string,
  ctes: { event: StoredEvent }[],
  cache: LookupCache,
): Promise<Lookups> {
  const gtins = new Set<string>();
  const lotKeys = new Map<string, { gtin: string; lotCode: string }>();
  const uris = new Set<string>();
  for (const { event } of ctes) {
    const doc = event.document;
    for (const id of identifiersOf(doc)) {
      const key = tradeItemKey(canonicalIdentifier(id.value));
      if (!key) continue;
      if (!cache.products.has(key.gtin)) gtins.add(key.gtin);
      const lotKey = `${key.gtin}\n${key.lot}`;
      if (key.lot && !cache.lots.has(lotKey)) lotKeys.set(lotKey, { gtin: key.gtin, lotCode: key.lot });
    }
    for (const uri of [
      doc.bizLocation?.id,
      doc.readPoint?.id,
      ...(doc.sourceList ?? []).map((s) => s.source),
      ...(doc.destinationList ?? []).map((d) => d.destination),
    ]) {
      if (uri && !cache.places.has(uri)) uris.add(uri);
    }
  }
  const [products, lots, attachments, places] = await Promise.all([
    gtins.size === 0
      ? []
      : db.prisma.product.findMany({
          where: { gtin: { in: [...gtins] } },
          select: { gtin: true, name: true, commodity: true, variety: true },
        }),
    lotKeys.size === 0
      ? []
      : db.prisma.lot.findMany({
          where: {
            lotCode: { in: [...new Set([...lotKeys.values()].map((k) => k.lotCode))] },
            product: { gtin: { in: [...new Set([...lotKeys.values()].map((k) => k.gtin))] } },
          },
          select: {
            id: true,
            lotCode: true,
            organizationId: true,
            organization: { select: { name: true, gln: true } },
            product: { select: { gtin: true } },
          },
        }),
    db.prisma.eventDocument.findMany({
      where: { eventId: { in: ctes.map((c) => c.event.id) } },
      select: { eventId: true, documentSha256: true, document: { select: { fileName: true } } },
    }),
    describePlaces(db, organizationId, [...uris], new Map()),
  ]);
  for (const gtin of gtins) cache.products.set(gtin, products.find((p) => p.gtin === gtin) ?? null);
  for (const uri of uris) cache.places.set(uri, places.get(uri) ?? null);
  const found = new Map(lots.map((l) => [`${l.product.gtin}\n${l.lotCode}`, l]));
  for (const key of lotKeys.keys()) cache.lots.set(key, found.get(key)?.id ?? null);
  await lookUpLotSources(db, organizationId, lots, cache);
  const documents = new Map<string, string[]>();
  for (const a of attachments) {
    documents.set(a.eventId, [
      ...(documents.get(a.eventId) ?? []),
      a.document.fileName ?? `sha256 ${a.documentSha256}`,
    ]);
  }
  return {
    product: (gtin) => cache.products.get(gtin) ?? undefined,
    place: (uri) => (uri ? (cache.places.get(uri) ?? undefined) : undefined),
    lotSource: (gtin, lotCode) => cache.lotSources.get(`${gtin}\n${lotCode}`),
    documents: (eventId) => documents.get(eventId) ?? [],
  };
}

/**
 * Where each lot's code was assigned (its traceability lot code source): the place of the lot
 * owner's first event that created the lot, described when the exporting organisation owns the lot
 * or received it through custody (else the owner's name and GLN), with that event's
 * `fsma:tlcSourceReference`.
 */
async function lookUpLotSources(
  db: Database,
  organizationId: string,
  lots: {
    id: string;
    lotCode: string;
    organizationId: string;
    organization: { name: string; gln: string | null };
    product: { gtin: string };
  }[],
  cache: LookupCache,
) {
  if (lots.length === 0) return;
  const lotIds = lots.map((l) => l.id);
  const [sources, visible] = await Promise.all([
    db.prisma.$queryRaw<{ lotId: string; place: string | null; document: EpcisJson }[]>`
      SELECT DISTINCT ON (i."lotId") i."lotId", COALESCE(e."bizLocation", e."readPoint") AS place, e.document
      FROM event_identifiers i JOIN events e ON e.id = i."eventId" JOIN lots l ON l.id = i."lotId"
      WHERE i."lotId" = ANY(${lotIds}::uuid[]) AND e."organizationId" = l."organizationId"
        AND (i.role IN ('output', 'outputQuantity') OR e.action = 'ADD')
      ORDER BY i."lotId", e."eventTime", e.id`,
    db.prisma.lot.findMany({
      where: { id: { in: lotIds }, OR: [{ organizationId }, receivedBy(organizationId)] },
      select: { id: true },
    }),
  ]);
  const visibleLots = new Set(visible.map((l) => l.id));
  const sourceOf = new Map(sources.map((s) => [s.lotId, s]));
  // A location named by id is described when it is the assigning place of a lot we may see.
  const owners = new Map<string, string>();
  for (const lot of lots) {
    const place = sourceOf.get(lot.id)?.place;
    if (place && visibleLots.has(lot.id)) owners.set(place, lot.organizationId);
  }
  const described = await describePlaces(db, organizationId, [...owners.keys()], owners);
  for (const lot of lots) {
    const source = sourceOf.get(lot.id);
    const place = source?.place ? described.get(source.place) : undefined;
    const owner = [lot.organization.name, lot.organization.gln ? `GLN ${lot.organization.gln}` : undefined];
    cache.lotSources.set(`${lot.product.gtin}\n${lot.lotCode}`, {
      text: place?.text ?? owner.filter(Boolean).join(", "),
      reference: source ? kdeField(source.document, "tlcSourceReference") : "",
    });
  }
}

/**
 * Places as location descriptions: a GLN by a location with it (the exporting organisation's own
 * first) or an organisation with it; a location id only when the location is the exporting
 * organisation's own, or belongs to the organisation `owners` names for that URI; an organisation
 * by its own GLN's location, or its name and GLN.
 */
async function describePlaces(
  db: Database,
  organizationId: string,
  uris: string[],
  owners: Map<string, string>,
): Promise<Map<string, Described>> {
  const byUri = new Map<string, Described>();
  const refs = uris.flatMap((uri) => {
    const ref = parsePartyUri(uri);
    return ref ? [[uri, ref] as const] : [];
  });
  if (refs.length === 0) return byUri;
  const glns = refs.flatMap(([, r]) => ("gln" in r ? [r.gln] : []));
  const locationIds = refs.flatMap(([, r]) =>
    "locationId" in r && UUID.test(r.locationId) ? [r.locationId] : [],
  );
  const orgIds = refs.flatMap(([, r]) =>
    "organizationId" in r && UUID.test(r.organizationId) ? [r.organizationId] : [],
  );
  const [locations, organizations] = await Promise.all([
    db.prisma.location.findMany({
      where: { OR: [{ gln: { in: glns } }, { id: { in: locationIds } }] },
      select: locationSelect,
    }),
    db.prisma.organization.findMany({
      where: { OR: [{ id: { in: orgIds } }, { gln: { in: glns } }] },
      select: {
        id: true,
        name: true,
        gln: true,
        locations: { where: { gln: { not: null } }, select: locationSelect },
      },
    }),
  ]);
  /** An organisation as a location description: its location with its own GLN, or its name and GLN. */
  const describeOrganization = (org: (typeof organizations)[number]): Described => {
    const home = org.locations.find((l) => org.gln && l.gln === org.gln);
    if (home) return describe(home);
    const text = [org.name, org.gln ? `GLN ${org.gln}` : undefined].filter(Boolean).join(", ");
    return { text, business: org.name, phone: null, fieldName: null, containerName: null };
  };
  for (const [uri, ref] of refs) {
    let described: Described | undefined;
    if ("gln" in ref) {
      const location =
        locations.find((l) => l.gln === ref.gln && l.organizationId === organizationId) ??
        locations.find((l) => l.gln === ref.gln);
      const org = organizations.find((o) => o.gln === ref.gln);
      described = location
        ? describe(location)
        : org
          ? describeOrganization(org)
          : { text: `GLN ${ref.gln}`, business: "", phone: null, fieldName: null, containerName: null };
    } else if ("locationId" in ref) {
      const location = locations.find(
        (l) =>
          l.id === ref.locationId &&
          (l.organizationId === organizationId || owners.get(uri) === l.organizationId),
      );
      described = location ? describe(location) : undefined;
    } else {
      const org = organizations.find((o) => o.id === ref.organizationId);
      described = org ? describeOrganization(org) : undefined;
    }
    if (described) byUri.set(uri, described);
  }
  return byUri;
}

function identifiersOf(doc: EpcisJson) {
  const epcs = (list: string[] | undefined, io: string) =>
    (list ?? []).map((value) => ({
      value,
      io,
      quantity: 1 as number | undefined,
      uom: "each" as string | undefined,
    }));
  const classes = (list: Quantity[] | undefined, io: string) =>
    (list ?? []).map((q) => ({ value: q.epcClass, io, quantity: q.quantity, uom: q.uom }));
  return [
    ...epcs(doc.epcList, ""),
    ...epcs(doc.childEPCs, ""),
    ...classes(doc.quantityList, ""),
    ...classes(doc.childQuantityList, ""),
    ...epcs(doc.inputEPCList, "Input"),
    ...classes(doc.inputQuantityList, "Input"),
    ...epcs(doc.outputEPCList, "Output"),
    ...classes(doc.outputQuantityList, "Output"),
  ];
}

/** CBV 2.0 business transaction types, as their standard names. */
const BUSINESS_TRANSACTION_TYPES: Record<string, string> = {
  bol: "Bill of Lading",
  cert: "Certificate",
  desadv: "Despatch Advice",
  inv: "Invoice",
  pedigree: "Pedigree",
  po: "Purchase Order",
  poc: "Purchase Order Confirmation",
  prodorder: "Production Order",
  recadv: "Receiving Advice",
  rma: "Return Merchandise Authorisation",
  testprd: "Test Procedure",
  testres: "Test Result",
  upevt: "Upstream EPCIS Event",
};

/** A percent-encoded URN segment as written (`BOL%2F7` → `BOL/7`), or as it is when not valid encoding. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The reference documents of an event: its business transactions, then its attached documents. */
function referenceDocuments(doc: EpcisJson, attached: string[]) {
  const transactions = (doc.bizTransactionList ?? []).map((t) => {
    const term = cbvTerm("bizTransactionType", t.type ?? "");
    const number = t.bizTransaction.startsWith("urn:")
      ? decoded(t.bizTransaction.split(":").pop() ?? t.bizTransaction)
      : t.bizTransaction;
    return { type: BUSINESS_TRANSACTION_TYPES[term] ?? (term || "Business transaction"), number };
  });
  const files = attached.map((name) => ({ type: "Attached document", number: name }));
  const all = [...transactions, ...files];
  return { type: all.map((d) => d.type).join("; "), number: all.map((d) => d.number).join("; ") };
}

/**
 * Whether a commodity is sprouts (§ 1.1330(b)): its name says sprout(s) or sprouted, and it is not
 * Brussels sprouts (a vegetable, not a sprouted seed).
 */
export function isSprouts(commodity: string): boolean {
  return /\bsprout(s|ed)?\b/i.test(commodity) && !/\bbrussels?\b/i.test(commodity);
}

function* rowsOf(cte: Cte, event: StoredEvent, lookups: Lookups): Generator<Fsma204Row> {
  const doc = event.document;
  const field = (name: Fsma204EventField) => kdeField(doc, name);
  const hereUri = doc.bizLocation?.id ?? doc.readPoint?.id;
  const here = lookups.place(hereUri);
  const placeOf = (list: { type: string; uri: string }[]) =>
    (list.find((p) => p.type.endsWith("location")) ?? list[0])?.uri;
  const source = placeOf((doc.sourceList ?? []).map((s) => ({ type: s.type, uri: s.source })));
  const destination = placeOf((doc.destinationList ?? []).map((d) => ({ type: d.type, uri: d.destination })));
  const describeUri = (uri: string | undefined) => (uri ? (lookups.place(uri)?.text ?? uri) : "");
  const references = referenceDocuments(doc, lookups.documents(event.id));
  const date = (doc.eventTime ?? event.eventTime.toISOString()).slice(0, 10);
  const harvestDate = [field("harvestDate"), field("harvestEndDate")].filter(Boolean).join("/");
  const sourceExempt = field("sourceExempt") === "true";
  const notInitiallyPacked = field("notInitiallyPacked") === "true";
  for (const identifier of identifiersOf(doc)) {
    const key = tradeItemKey(canonicalIdentifier(identifier.value));
    const product = key ? lookups.product(key.gtin) : undefined;
    const lotSource = key?.lot ? lookups.lotSource(key.gtin, key.lot) : undefined;
    const isInput = cte === "Transformation" && identifier.io === "Input";
    const commodity = field("commodity") || product?.commodity || "";
    const { paragraphs, kdes } = fsma204KdesOf(cte, {
      sprouts: isSprouts(commodity),
      sourceExempt,
      notInitiallyPacked,
    });
    // Where the code was assigned: by the initial packer, first land-based receiver, transformer, or
    // the receiver of food from an exempt source (§ 1.1345(b)(5)).
    const assignsCode =
      cte === "Initial Packing" ||
      cte === "First Land-Based Receiving" ||
      cte === "Transformation" ||
      (cte === "Receiving" && sourceExempt);
    const values: Partial<Record<Fsma204Column, string | number | undefined>> = {
      "Traceability Lot Code": key?.lot ?? key?.serial ?? identifier.value,
      Quantity: identifier.quantity,
      "Unit of Measure": identifier.uom,
      "Product Description": product?.name,
      Commodity: commodity || undefined,
      Variety: field("variety") || product?.variety || undefined,
      "Immediate Previous Source Location Description": describeUri(source),
      "Immediate Subsequent Recipient Location Description": describeUri(destination),
      "Event Location Description": here?.text ?? hereUri,
      "Event Date": date,
      "Traceability Lot Code Source Location Description": assignsCode
        ? (here?.text ?? lotSource?.text)
        : lotSource?.text,
      "Traceability Lot Code Source Reference": field("tlcSourceReference") || lotSource?.reference,
      "Reference Document Type": references.type,
      "Reference Document Number": references.number,
      "Harvest Location Description": cte === "Harvesting" ? here?.text : field("harvestLocation"),
      "Field or Growing Area Name": field("fieldName") || (cte === "Harvesting" ? here?.fieldName : "") || "",
      "Aquaculture Container Name":
        field("containerName") || (cte === "Harvesting" ? here?.containerName : "") || "",
      "Harvester Business Name":
        field("harvesterBusinessName") || (cte === "Harvesting" ? here?.business : ""),
      "Harvester Phone Number": field("harvesterPhone") || (cte === "Harvesting" ? here?.phone : "") || "",
      "Harvest Date": cte === "Harvesting" ? date : harvestDate,
      "Harvest Area (Fishing)": field("fishingArea"),
      "Cooling Location Description": cte === "Cooling" ? here?.text : field("coolingLocation"),
      "Cooling Date": cte === "Cooling" ? date : field("coolingDate"),
      "Date Received": field("receivedDate"),
      "Quantity Received": field("receivedQuantity"),
      "Unit of Measure Received": field("receivedUnit"),
      "Seed Grower Location Description": field("seedGrowerLocation"),
      "Seed Harvest Date": field("seedHarvestDate"),
      "Seed Conditioner or Processor Location Description": field("seedConditionerLocation"),
      "Seed Conditioner or Processor Lot Code": field("seedConditionerLotCode"),
      "Seed Conditioning or Processing Date": field("seedConditioningDate"),
      "Seed Packinghouse Location Description": field("seedPackinghouseLocation"),
      "Seed Packing Date": field("seedPackingDate"),
      "Seed Packinghouse Lot Code": field("seedPackinghouseLotCode"),
      "Seed Supplier Location Description": field("seedSupplierLocation"),
      "Seed Supplier Lot Code": field("seedSupplierLotCode"),
      "Sprouter Seed Lot Code": field("sprouterSeedLotCode"),
      "Seed Description": field("seedDescription"),
      "Seed Receipt Date": field("seedReceivedDate"),
    };
    const row = Object.fromEntries(FSMA204_COLUMNS.map((column) => [column, ""])) as Fsma204Row;
    row["Critical Tracking Event"] = cte;
    row["KDE Paragraphs"] = paragraphs.map((p) => `21 CFR ${p}`).join("; ");
    row["Input or Output"] = identifier.io;
    row["EPCIS Event ID"] = event.eventHash;
    for (const [column, paragraph] of kdes) {
      // A transformation's input row holds what § 1.1350(a)(1) lists for the food used.
      if (isInput && !paragraph.startsWith("1.1350(a)(1)")) continue;
      row[column] = values[column] ?? "";
    }
    yield row;
  }
}
