import { type Database, Prisma } from "@tracemark/db";
import { cbvTerm } from "./cbv.ts";
import { canonicalIdentifier, parsePartyUri, tradeItemKey } from "./epcisIdentifiers.ts";
import { eventConditions } from "./queryEvents.ts";

/** The columns of the FSMA 204 electronic sortable spreadsheet: the Key Data Elements per CTE. */
export const FSMA204_COLUMNS = [
  "Critical Tracking Event",
  "Event Date",
  "Traceability Lot Code (TLC)",
  "Product Description",
  "GTIN",
  "Input or Output",
  "Quantity",
  "Unit of Measure",
  "Location Description (Event)",
  "Ship-From Location",
  "Ship-To Location",
  "Reference Document Type",
  "Reference Document Number",
  "Traceability Lot Code Source",
  "EPCIS Event ID",
] as const;

export type Fsma204Row = Record<(typeof FSMA204_COLUMNS)[number], string | number>;

export type Fsma204RowsParameters = {
  organizationId: string;
  lotId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

const PAGE = 500;

/**
 * The FSMA 204 sortable-spreadsheet rows of an organisation's events (one lot, or a date range),
 * in event time order, one row per traceability lot (or item) an event names. Only events that
 * are Critical Tracking Events (harvesting, cooling, initial packing, first land-based receiving,
 * shipping, receiving, transformation; recognised from the CBV business step or event type) give
 * rows. Reads the events a page at a time, so a large range streams.
 *
 * @example
 * for await (const row of fsma204Rows(db, { organizationId, lotId })) console.log(row["Traceability Lot Code (TLC)"]);
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
  let after: { time: Date; id: string } | undefined;
  for (;;) {
    const page = await db.prisma.$queryRaw<
      {
        id: string;
        eventHash: string;
        eventTime: Date;
        type: string;
        bizStep: string | null;
        document: EpcisJson;
      }[]
    >`
      SELECT e.id, e."eventHash", e."eventTime", e.type, e."bizStep", e.document FROM events e
      WHERE ${Prisma.join(
        after
          ? [...conditions, Prisma.sql`(e."eventTime", e.id) > (${after.time}, ${after.id}::uuid)`]
          : conditions,
        " AND ",
      )}
      ORDER BY e."eventTime", e.id LIMIT ${PAGE}`;
    if (page.length === 0) return;
    const lookups = await lookUp(
      db,
      parameters.organizationId,
      page.map((e) => e.document),
    );
    for (const event of page) {
      const cte = criticalTrackingEvent(event.type, event.bizStep);
      if (!cte) continue;
      yield* rowsOf(cte, event, lookups);
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) return;
    after = { time: last.eventTime, id: last.id };
  }
}

type EpcisJson = {
  eventTime?: string;
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
};
type Quantity = { epcClass: string; quantity?: number; uom?: string };

type Lookups = {
  lot: (gtin: string, lotCode: string) => { productName: string; source: string } | undefined;
  product: (gtin: string) => string | undefined;
  location: (uri: string | undefined) => string;
};

/**
 * The master data the rows name: products and lots by GS1 keys, locations by GLN (the exporting
 * organisation's own entry first) or by id (only the exporting organisation's own: an id is no
 * public name, and another organisation's location is never described through it).
 */
async function lookUp(db: Database, organizationId: string, documents: EpcisJson[]): Promise<Lookups> {
  const gtins = new Set<string>();
  const locationUris = new Set<string>();
  for (const doc of documents) {
    for (const id of identifiersOf(doc)) {
      const key = tradeItemKey(canonicalIdentifier(id.value));
      if (key) gtins.add(key.gtin);
    }
    for (const uri of [
      doc.bizLocation?.id,
      doc.readPoint?.id,
      ...(doc.sourceList ?? []).map((s) => s.source),
      ...(doc.destinationList ?? []).map((d) => d.destination),
    ]) {
      if (uri) locationUris.add(uri);
    }
  }
  const refs = [...locationUris].flatMap((uri) => {
    const ref = parsePartyUri(uri);
    return ref ? [[uri, ref] as const] : [];
  });
  const glns = refs.flatMap(([, r]) => ("gln" in r ? [r.gln] : []));
  const locationIds = refs.flatMap(([, r]) =>
    "locationId" in r && /^[0-9a-f-]{36}$/i.test(r.locationId) ? [r.locationId] : [],
  );
  const orgIds = refs.flatMap(([, r]) =>
    "organizationId" in r && /^[0-9a-f-]{36}$/i.test(r.organizationId) ? [r.organizationId] : [],
  );
  const [products, locations, organizations] = await Promise.all([
    db.prisma.product.findMany({
      where: { gtin: { in: [...gtins] } },
      select: {
        gtin: true,
        name: true,
        lots: { select: { lotCode: true, organization: { select: { name: true, gln: true } } } },
      },
    }),
    db.prisma.location.findMany({
      where: { OR: [{ gln: { in: glns } }, { id: { in: locationIds }, organizationId }] },
      select: {
        id: true,
        organizationId: true,
        gln: true,
        name: true,
        street: true,
        city: true,
        postalCode: true,
        region: true,
        country: true,
      },
    }),
    db.prisma.organization.findMany({
      where: { id: { in: orgIds } },
      select: { id: true, name: true, gln: true },
    }),
  ]);
  const describe = (l: (typeof locations)[number]) =>
    [
      l.gln ? `GLN ${l.gln}` : undefined,
      l.name,
      l.street,
      [l.postalCode, l.city].filter(Boolean).join(" "),
      l.region,
      l.country,
    ]
      .filter(Boolean)
      .join(", ");
  const byUri = new Map<string, string>();
  for (const [uri, ref] of refs) {
    let text: string | undefined;
    if ("gln" in ref) {
      const location =
        locations.find((l) => l.gln === ref.gln && l.organizationId === organizationId) ??
        locations.find((l) => l.gln === ref.gln);
      text = location ? describe(location) : `GLN ${ref.gln}`;
    } else if ("locationId" in ref) {
      const location = locations.find((l) => l.id === ref.locationId);
      text = location ? describe(location) : undefined;
    } else {
      const org = organizations.find((o) => o.id === ref.organizationId);
      text = org ? [org.gln ? `GLN ${org.gln}` : undefined, org.name].filter(Boolean).join(", ") : undefined;
    }
    if (text) byUri.set(uri, text);
  }
  return {
    product: (gtin) => products.find((p) => p.gtin === gtin)?.name,
    lot: (gtin, lotCode) => {
      const product = products.find((p) => p.gtin === gtin);
      const lot = product?.lots.find((l) => l.lotCode === lotCode);
      if (!product || !lot) return undefined;
      const org = lot.organization;
      return {
        productName: product.name,
        source: [org.gln ? `GLN ${org.gln}` : undefined, org.name].filter(Boolean).join(", "),
      };
    },
    location: (uri) => (uri ? (byUri.get(uri) ?? uri) : ""),
  };
}

type Cte =
  | "Harvesting"
  | "Cooling"
  | "Initial Packing"
  | "First Land-Based Receiving"
  | "Shipping"
  | "Receiving"
  | "Transformation";

/** Which FSMA 204 Critical Tracking Event an event is, if any. */
function criticalTrackingEvent(type: string, bizStep: string | null): Cte | undefined {
  const step = bizStep ? cbvTerm("bizStep", bizStep).toLowerCase() : "";
  if (type === "TransformationEvent") return "Transformation";
  if (/harvest/.test(step)) return "Harvesting";
  if (/cool/.test(step)) return "Cooling";
  if (/land(ing|_based)/.test(step)) return "First Land-Based Receiving";
  if (step === "shipping" || step === "departing") return "Shipping";
  if (step === "receiving" || step === "accepting" || step === "arriving") return "Receiving";
  if (step === "packing" || step === "commissioning") return "Initial Packing";
  if (step === "repackaging" || step === "assembling" || step === "creating_class_instance")
    return "Transformation";
  return undefined;
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

function* rowsOf(
  cte: Cte,
  event: { eventHash: string; eventTime: Date; document: EpcisJson },
  lookups: Lookups,
): Generator<Fsma204Row> {
  const doc = event.document;
  const here = doc.bizLocation?.id ?? doc.readPoint?.id;
  const placeOf = (list: { type: string; uri: string }[]) =>
    (list.find((p) => p.type.endsWith("location")) ?? list[0])?.uri;
  const source = placeOf((doc.sourceList ?? []).map((s) => ({ type: s.type, uri: s.source })));
  const destination = placeOf((doc.destinationList ?? []).map((d) => ({ type: d.type, uri: d.destination })));
  const shipFrom =
    cte === "Shipping"
      ? here
      : cte === "Receiving" || cte === "First Land-Based Receiving"
        ? source
        : undefined;
  const shipTo =
    cte === "Shipping"
      ? destination
      : cte === "Receiving" || cte === "First Land-Based Receiving"
        ? here
        : undefined;
  const documents = doc.bizTransactionList ?? [];
  const documentType = documents
    .map((d) =>
      (d.type ?? "").replace(/^(urn:epcglobal:cbv:btt:|https:\/\/ref\.gs1\.org\/cbv\/BTT-|cbv:BTT-)/, ""),
    )
    .join("; ");
  const documentNumber = documents
    .map((d) => d.bizTransaction.split(":").pop() ?? d.bizTransaction)
    .join("; ");
  for (const identifier of identifiersOf(doc)) {
    const key = tradeItemKey(canonicalIdentifier(identifier.value));
    const lot = key?.lot ? lookups.lot(key.gtin, key.lot) : undefined;
    yield {
      "Critical Tracking Event": cte,
      "Event Date": doc.eventTime ?? event.eventTime.toISOString(),
      "Traceability Lot Code (TLC)": key?.lot ?? key?.serial ?? identifier.value,
      "Product Description": lot?.productName ?? (key ? (lookups.product(key.gtin) ?? "") : ""),
      GTIN: key?.gtin ?? "",
      "Input or Output": identifier.io,
      Quantity: identifier.quantity ?? "",
      "Unit of Measure": identifier.uom ?? "",
      "Location Description (Event)": lookups.location(here),
      "Ship-From Location": lookups.location(shipFrom),
      "Ship-To Location": lookups.location(shipTo),
      "Reference Document Type": documentType,
      "Reference Document Number": documentNumber,
      "Traceability Lot Code Source": lot?.source ?? "",
      "EPCIS Event ID": event.eventHash,
    };
  }
}
