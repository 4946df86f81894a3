import type { Database } from "@tracemark/db";
import {
  buildDigitalLink,
  epcUriToDigitalLink,
  InvalidEpcisError,
  parseEpcisEvent,
  pglnUri,
} from "@tracemark/sdk";
import { ConflictError, InvalidInputError } from "../errors/domain.ts";
import type { SimpleEvent } from "../services/events/schemas.ts";
import { FSMA204_NAMESPACE } from "../services/exports/fsma204Kdes.ts";
import {
  locationUri,
  lotClassUri,
  partyUri,
  serialUri,
  TRACEMARK_NAMESPACE,
} from "../services/identifiers/epcisIdentifiers.ts";
import { checkField, validateGln, validateGtin } from "../services/identifiers/gs1.ts";
import { receivedBy } from "../services/lots/lotAccess.ts";
import { DOCUMENTS_FIELD, type PreparedEvent, prepareEvent } from "./prepareEvent.ts";

export type BuildEpcisEventParameters = {
  organizationId: string;
  input: SimpleEvent;
  /** Where the input sits in the request, for error fields (default `body`). */
  field?: string | undefined;
  /** Whether a transformation's outputs may create lots (`newLot`); the caller creates them (`newLots`). */
  allowNewLots?: boolean | undefined;
};

/** A lot a transformation makes, to create in the transaction that stores the event. */
export type NewLotRow = {
  organizationId: string;
  productId: string;
  lotCode: string;
  productionDate: Date | null;
  expiryDate: Date | null;
  quantity: number | null;
  unit: string | null;
};
export type BuildEpcisEventReturnType = PreparedEvent & { newLots: NewLotRow[] };

type Items = Pick<SimpleEvent, "lot" | "quantity" | "epcs" | "serials">;
type OutputItems = NonNullable<SimpleEvent["outputs"]>[number];
type ResolvedLot = { id: string | null; gtin: string; lotCode: string };

const eventTypes = {
  object: "ObjectEvent",
  aggregation: "AggregationEvent",
  transformation: "TransformationEvent",
  transaction: "TransactionEvent",
  association: "AssociationEvent",
} as const;

/** Which simple-form field an EPCIS field came from, for errors. */
export const simpleFieldOf: Record<string, string> = {
  epcList: "epcs",
  childEPCs: "epcs",
  quantityList: "lot",
  childQuantityList: "lot",
  parentID: "parent",
  inputEPCList: "inputs",
  inputQuantityList: "inputs",
  outputEPCList: "outputs",
  outputQuantityList: "outputs",
  transformationID: "transformationId",
  sourceList: "sources",
  destinationList: "destinations",
  bizTransactionList: "bizTransactions",
  readPoint: "readPoint",
  bizLocation: "bizLocation",
};

/**
 * Builds the EPCIS 2.0 event for the simple JSON form the dashboard sends: resolves our lots,
 * locations and organisations (only the caller's, except a lot another organisation shipped to it,
 * or a lot named by GTIN + lot code that nobody on Tracemark owns), names them with GS1 Digital Link
 * URIs, lists the attached documents' SHA-256 in `tm:documents` (so they are anchored with the
 * event), validates the result with the SDK and prepares it (hash, leaf, identifiers). A
 * transformation's output may be a lot to create (`newLot`, of one of the organisation's products,
 * a code new for it): checked here, returned in `newLots` for the caller to create in the
 * transaction that stores the event. Problems are `InvalidInputError`s naming the simple-form
 * field (a `ConflictError` for a lot code the product already has).
 *
 * @example
 * const prepared = await buildEpcisEvent(db, { organizationId, input: { type: "object", action: "ADD", eventTime, lot: { id } } });
 */
export async function buildEpcisEvent(
  db: Database,
  { organizationId, input, field = "body", allowNewLots = false }: BuildEpcisEventParameters,
): Promise<BuildEpcisEventReturnType> {
  const invalid = (at: string, message: string) =>
    new InvalidInputError(`${field}.${at}: ${message}`, {
      errors: [{ field: `${field}.${at}`, message }],
    });
  const resolveLot = async (lot: NonNullable<Items["lot"]>, at: string): Promise<ResolvedLot> => {
    if ("id" in lot) {
      const found = await db.prisma.lot.findFirst({
        where: { id: lot.id, OR: [{ organizationId }, receivedBy(organizationId)] },
        select: { id: true, lotCode: true, product: { select: { gtin: true } } },
      });
      if (!found) throw invalid(`${at}.id`, "no lot of this organisation or shipped to it has this id");
      return { id: found.id, gtin: found.product.gtin, lotCode: found.lotCode };
    }
    const gtin = validateGtin(lot.gtin, `${field}.${at}.gtin`);
    const found = await db.prisma.lot.findFirst({
      where: { lotCode: lot.lotCode, product: { gtin } },
      select: { id: true, organizationId: true },
    });
    if (!found) return { id: null, gtin, lotCode: lot.lotCode };
    if (found.organizationId !== organizationId) {
      const transfer = await db.prisma.custodyTransfer.findFirst({
        where: { lotId: found.id, toOrgId: organizationId, status: { in: ["pending", "completed"] } },
        select: { id: true },
      });
      if (!transfer)
        throw invalid(at, "this lot belongs to another organisation, which has not shipped it to you");
    }
    return { id: found.id, gtin, lotCode: lot.lotCode };
  };
  const newLots: NewLotRow[] = [];
  const resolveNewLot = async (output: OutputItems, at: string): Promise<ResolvedLot> => {
    const { newLot } = output;
    if (!newLot) throw new Error("resolveNewLot without newLot");
    if (!allowNewLots)
      throw invalid(`${at}.newLot`, "lots are created only when a transformation is recorded");
    if (output.lot) throw invalid(`${at}.newLot`, "give either lot (an existing lot) or newLot, not both");
    const product = await db.prisma.product.findFirst({
      where: { id: newLot.productId, organizationId },
      select: { gtin: true },
    });
    if (!product) throw invalid(`${at}.newLot.productId`, "no product of this organisation has this id");
    checkField(`${field}.${at}.newLot.lotCode`, () =>
      buildDigitalLink({ gtin: product.gtin, lot: newLot.lotCode }),
    );
    const productionDate = newLot.productionDate ? new Date(`${newLot.productionDate}T00:00:00Z`) : null;
    const expiryDate = newLot.expiryDate ? new Date(`${newLot.expiryDate}T00:00:00Z`) : null;
    if (productionDate && expiryDate && expiryDate < productionDate)
      throw invalid(`${at}.newLot.expiryDate`, "must not be before the production date");
    const taken = await db.prisma.lot.findFirst({
      where: { productId: newLot.productId, lotCode: newLot.lotCode },
      select: { id: true },
    });
    if (taken) {
      const message = "this product already has a lot with this code";
      throw new ConflictError(`${field}.${at}.newLot.lotCode: ${message}`, {
        errors: [{ field: `${field}.${at}.newLot.lotCode`, message }],
      });
    }
    newLots.push({
      organizationId,
      productId: newLot.productId,
      lotCode: newLot.lotCode,
      productionDate,
      expiryDate,
      quantity: output.quantity?.value ?? null,
      unit: output.quantity?.unit ?? null,
    });
    return { id: null, gtin: product.gtin, lotCode: newLot.lotCode };
  };
  const resolveItems = async (items: Items, at: string, made?: ResolvedLot) => {
    const epcs = [...(items.epcs ?? [])];
    const quantities: Record<string, unknown>[] = [];
    let lot: ResolvedLot | undefined = made;
    if (items.lot) lot = await resolveLot(items.lot, at ? `${at}.lot` : "lot");
    if (lot) {
      if (items.quantity || !items.serials?.length) {
        quantities.push({
          epcClass: lotClassUri(lot.gtin, lot.lotCode),
          ...(items.quantity ? { quantity: items.quantity.value } : {}),
          ...(items.quantity?.unit ? { uom: items.quantity.unit } : {}),
        });
      }
      const { gtin } = lot;
      for (const [i, serial] of (items.serials ?? []).entries()) {
        epcs.push(checkField(`${field}.${at ? `${at}.` : ""}serials[${i}]`, () => serialUri(gtin, serial)));
      }
    } else if (items.serials?.length) {
      throw invalid(at ? `${at}.serials` : "serials", "serials need the lot they belong to");
    } else if (items.quantity) {
      throw invalid(at ? `${at}.quantity` : "quantity", "a quantity needs the lot it counts");
    }
    return { epcs, quantities, lot };
  };
  const resolvePlace = async (place: NonNullable<SimpleEvent["readPoint"]>, at: string) => {
    if ("locationId" in place) {
      const location = await db.prisma.location.findFirst({
        where: { id: place.locationId, organizationId },
        select: { id: true, gln: true },
      });
      if (!location) throw invalid(`${at}.locationId`, "no location of this organisation has this id");
      return locationUri(location);
    }
    if ("gln" in place) {
      const gln = validateGln(place.gln, `${field}.${at}.gln`);
      return locationUri({ gln, ...(place.extension ? { extension: place.extension } : {}) });
    }
    const link = epcUriToDigitalLink(place.sgln);
    if (!link) throw invalid(`${at}.sgln`, "malformed SGLN (e.g. urn:epc:id:sgln:9520123.45678.0)"); // domain-rule: example text
    return link;
  };
  const resolveParty = async (party: NonNullable<SimpleEvent["sources"]>[number], at: string) => {
    if (party.organizationId) {
      const organization = await db.prisma.organization.findUnique({
        where: { id: party.organizationId },
        select: { id: true, gln: true },
      });
      if (!organization) throw invalid(`${at}.organizationId`, "no organisation has this id");
      return partyUri(organization);
    }
    if (party.locationId) return resolvePlace({ locationId: party.locationId }, at);
    const gln = validateGln(party.gln ?? "", `${field}.${at}.gln`);
    if (party.type === "location") return locationUri({ gln });
    const organization = await db.prisma.organization.findUnique({
      where: { gln },
      select: { id: true, gln: true },
    });
    return organization ? partyUri(organization) : pglnUri(gln);
  };

  const type = eventTypes[input.type];
  const event: Record<string, unknown> = {
    type,
    eventTime: input.eventTime,
    eventTimeZoneOffset: input.eventTimeZoneOffset ?? offsetOf(input.eventTime),
  };
  const namespaces = { ...input.namespaces };
  const documents = [...new Set(input.documents ?? [])].sort();
  if (documents.length > 0) {
    if (namespaces.tm !== undefined && namespaces.tm !== TRACEMARK_NAMESPACE)
      throw invalid("namespaces.tm", `the prefix tm is Tracemark's (${TRACEMARK_NAMESPACE})`);
    namespaces.tm = TRACEMARK_NAMESPACE;
    const found = await db.prisma.document.findMany({
      where: { organizationId, sha256: { in: documents } },
      select: { sha256: true },
    });
    const known = new Set(found.map((d) => d.sha256));
    const index = (input.documents ?? []).findIndex((hash) => !known.has(hash));
    if (index >= 0) throw invalid(`documents[${index}]`, "no document of this organisation has this sha256");
    // Part of the event, so the documents' hashes are anchored with it.
    event[DOCUMENTS_FIELD] = documents;
  }
  const kdes = Object.entries(input.fsma204 ?? {}).filter(([, value]) => value !== undefined);
  if (kdes.length > 0) {
    if (namespaces.fsma !== undefined && namespaces.fsma !== FSMA204_NAMESPACE)
      throw invalid(
        "namespaces.fsma",
        `the prefix fsma is Tracemark's FSMA 204 namespace (${FSMA204_NAMESPACE})`,
      );
    namespaces.fsma = FSMA204_NAMESPACE;
    for (const [name, value] of kdes) event[`fsma:${name}`] = value;
  }
  if (Object.keys(namespaces).length > 0) event["@context"] = [namespaces];
  if (input.action) event.action = input.action;
  let primary: ResolvedLot | undefined;
  if (type === "TransformationEvent") {
    for (const key of ["lot", "quantity", "epcs", "serials", "parent", "children"] as const) {
      if (input[key] !== undefined)
        throw invalid(key, "a transformation names its lots in inputs and outputs");
    }
    const made = new Set<string>();
    for (const [i, output] of (input.outputs ?? []).entries()) {
      if (!output.newLot) continue;
      const key = `${output.newLot.productId}|${output.newLot.lotCode}`;
      if (made.has(key)) throw invalid(`outputs[${i}].newLot.lotCode`, "this new lot is named twice");
      made.add(key);
    }
    const inputs = await Promise.all(
      (input.inputs ?? []).map((items, i) => resolveItems(items, `inputs[${i}]`)),
    );
    const outputs = await Promise.all(
      (input.outputs ?? []).map(async (items, i) =>
        resolveItems(
          items,
          `outputs[${i}]`,
          items.newLot ? await resolveNewLot(items, `outputs[${i}]`) : undefined,
        ),
      ),
    );
    setItemLists(event, ["inputEPCList", "inputQuantityList"], inputs);
    setItemLists(event, ["outputEPCList", "outputQuantityList"], outputs);
    if (input.transformationId) event.transformationID = input.transformationId;
    // A lot made here has no id yet: `storeEvents` finds it among the outputs once it is created.
    primary =
      newLots.length > 0
        ? outputs.find((r) => r.lot?.id)?.lot
        : [...outputs, ...inputs].find((r) => r.lot?.id)?.lot;
  } else {
    for (const key of ["inputs", "outputs", "transformationId"] as const) {
      if (input[key] !== undefined) throw invalid(key, "only a transformation has inputs and outputs");
    }
    const grouped = type === "AggregationEvent" || type === "AssociationEvent";
    if (input.children !== undefined && !grouped)
      throw invalid("children", "only an aggregation or association has children");
    const what = await resolveItems(input, "");
    const children = await Promise.all(
      (input.children ?? []).map((items, i) => resolveItems(items, `children[${i}]`)),
    );
    const all = [what, ...children];
    setItemLists(event, grouped ? ["childEPCs", "childQuantityList"] : ["epcList", "quantityList"], all);
    if (input.parent) {
      if (type === "ObjectEvent") throw invalid("parent", "an object event has no parent");
      event.parentID = input.parent;
    }
    primary = all.find((r) => r.lot?.id)?.lot;
  }
  if (input.bizStep) event.bizStep = input.bizStep;
  if (input.disposition) event.disposition = input.disposition;
  if (input.readPoint) event.readPoint = { id: await resolvePlace(input.readPoint, "readPoint") };
  if (input.bizLocation) event.bizLocation = { id: await resolvePlace(input.bizLocation, "bizLocation") };
  if (input.bizTransactions?.length) {
    event.bizTransactionList = input.bizTransactions.map((t) => ({
      ...(t.type ? { type: t.type } : {}),
      bizTransaction: t.id,
    }));
  }
  if (input.sources?.length) {
    event.sourceList = await Promise.all(
      input.sources.map(async (s, i) => ({ type: s.type, source: await resolveParty(s, `sources[${i}]`) })),
    );
  }
  if (input.destinations?.length) {
    event.destinationList = await Promise.all(
      input.destinations.map(async (d, i) => ({
        type: d.type,
        destination: await resolveParty(d, `destinations[${i}]`),
      })),
    );
  }
  if (input.sensorElementList?.length) event.sensorElementList = input.sensorElementList;
  if (input.ilmd) {
    if (type !== "ObjectEvent" && type !== "TransformationEvent")
      throw invalid("ilmd", "only object and transformation events carry ILMD");
    event.ilmd = input.ilmd;
  }

  let parsed: ReturnType<typeof parseEpcisEvent>;
  try {
    parsed = parseEpcisEvent(event);
  } catch (error) {
    if (!(error instanceof InvalidEpcisError)) throw error;
    const errors = error.issues.map((issue) => {
      const [head = "", ...rest] = issue.path.split(/(?=[.[])/);
      const mapped = simpleFieldOf[head.replace(/\[.*$/, "")] ?? head;
      const tail = mapped === head ? rest.join("") : "";
      return { field: `${field}${mapped ? `.${mapped}${tail}` : ""}`, message: issue.message };
    });
    throw new InvalidInputError(errors.map((e) => `${e.field}: ${e.message}`).join("; "), {
      cause: error,
      errors,
    });
  }
  const prepared = checkField(field, () => prepareEvent({ event: parsed }));
  prepared.lotId = primary?.id ?? undefined;
  prepared.visibility = input.visibility;
  return { ...prepared, newLots };
}

/**
 * Resolved items as the event's two lists under the names its type gives them (`inputEPCList` and
 * `inputQuantityList`, `childEPCs` and `childQuantityList`, …), each left out when empty.
 */
function setItemLists(
  event: Record<string, unknown>,
  [epcKey, quantityKey]: [string, string],
  items: { epcs: string[]; quantities: Record<string, unknown>[] }[],
) {
  const epcs = items.flatMap((r) => r.epcs);
  const quantities = items.flatMap((r) => r.quantities);
  if (epcs.length > 0) event[epcKey] = epcs;
  if (quantities.length > 0) event[quantityKey] = quantities;
}

/** The time zone offset written in an ISO 8601 date-time (`Z` is `+00:00`). */
function offsetOf(dateTime: string): string {
  const match = /([+-]\d{2}:\d{2})$/.exec(dateTime);
  return match?.[1] ?? "+00:00";
}
