import { cbvErrorReasons, cbvSourceDestinationTypes, dateSchema, dateTimeSchema } from "@tracemark/sdk";
import { z } from "zod";

/**
 * Where work on chain stands (an event's batch, a recall): waiting, sent, mined, past the confirmation depth,
 * or `failed` when its transaction reverted for a reason the contract gives (an anchor batch's `failureReason`).
 */
export const chainStatus = z.enum(["pending", "submitted", "anchored", "final", "failed"]);

const absoluteUri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, "must be an absolute URI");
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "must be a lowercase hex SHA-256 digest");

/**
 * Who may see an event: everyone (`public`), the organisations of its lots' custody chain and the
 * auditors asked about them (`partners`), or its own organisation alone (`private`).
 */
export const eventVisibility = z.enum(["public", "partners", "private"]);

/** A lot: one of ours by id, or any lot by GTIN and lot code. */
export const lotReference = z.union([
  z.strictObject({ id: z.uuid() }),
  z.strictObject({
    gtin: z.string().regex(/^\d{8,14}$/, "must be 8-14 digits"),
    lotCode: z.string().min(1).max(20),
  }),
]);

export const quantity = z.strictObject({
  value: z.number().nonnegative(),
  /** UN/ECE Recommendation 20 unit code, e.g. KGM, LTR, EA. */
  unit: z.string().min(1).max(10).optional(),
});

/** What an event is about: a lot (as a class, with a quantity), EPC URIs and/or serials of the lot's product. */
export const items = z.strictObject({
  lot: lotReference.optional(),
  quantity: quantity.optional(),
  epcs: z.array(absoluteUri).max(10_000).optional(),
  serials: z.array(z.string().min(1).max(20)).max(10_000).optional(),
});

/** A lot a transformation makes: created with the event, of one of the organisation's products. */
export const newLot = z.strictObject({
  productId: z.uuid(),
  /** A GS1 AI (10) value, new for the product. */
  lotCode: z.string().min(1).max(20),
  productionDate: dateSchema.optional(),
  expiryDate: dateSchema.optional(),
});

/** A transformation's output: like `items`, or `newLot` (instead of `lot`) to create the lot it makes. */
export const outputItems = items.extend({ newLot: newLot.optional() });

/** A place: one of our locations, a GLN (with an optional extension), or an SGLN EPC URI. */
export const place = z.union([
  z.strictObject({ locationId: z.uuid() }),
  z.strictObject({
    gln: z.string().regex(/^\d{13}$/, "must be 13 digits"),
    extension: z.string().max(20).optional(),
  }),
  z.strictObject({ sgln: z.string().startsWith("urn:epc:id:sgln:", "must be an urn:epc:id:sgln: URI") }),
]);

/** A source or destination: an organisation (by id or GLN), one of our locations, or a GLN. */
export const party = z
  .strictObject({
    type: z.enum(cbvSourceDestinationTypes),
    organizationId: z.uuid().optional(),
    gln: z
      .string()
      .regex(/^\d{13}$/, "must be 13 digits")
      .optional(),
    locationId: z.uuid().optional(),
  })
  .refine(
    (p) => [p.organizationId, p.gln, p.locationId].filter((v) => v !== undefined).length === 1,
    "give exactly one of organizationId, gln, locationId",
  );

const isoDate = z.iso
  .date()
  .refine((d) => d >= "1000-01-01", "must be a date in the years 1000–9999 (YYYY-MM-DD)");
const kdeText = (max: number) => z.string().trim().min(1).max(max);

/**
 * FSMA 204 Key Data Elements the event's master data cannot give (21 CFR 1.1325–1.1350), written
 * into the event as `fsma:` fields (namespace `FSMA204_NAMESPACE`, docs/fsma204.md).
 */
export const fsma204Fields = z.strictObject({
  commodity: kdeText(200).optional(),
  variety: kdeText(200).optional(),
  /** For produce: the field or other growing area harvested from. */
  fieldName: kdeText(200).optional(),
  /** For aquaculture: the pond, pool, tank or cage harvested from. */
  containerName: kdeText(200).optional(),
  harvesterBusinessName: kdeText(200).optional(),
  harvesterPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ().-]{3,30}$/, "must be a phone number (digits, spaces, + ( ) - .)")
    .meta({ examples: ["+1 (831) 555-0142"] })
    .optional(),
  /** The date of harvesting; with harvestEndDate, a fishing trip's date range. */
  harvestDate: isoDate.optional(),
  harvestEndDate: isoDate.optional(),
  /** The location description of the farm where the food was harvested (for the initial packer). */
  harvestLocation: kdeText(500).optional(),
  /** Where a fishing trip caught the food: an FAO Major Fishing Area, an NMFS Ocean Geographic Code, coordinates. */
  fishingArea: kdeText(200).optional(),
  coolingLocation: kdeText(500).optional(),
  coolingDate: isoDate.optional(),
  /** Initial packing: the date the raw agricultural commodity was received, its quantity and unit. */
  receivedDate: isoDate.optional(),
  receivedQuantity: z.number().nonnegative().optional(),
  receivedUnit: z.string().min(1).max(10).optional(),
  /** Another way to reach the lot code source's description, e.g. an FDA registration number or a web address. */
  tlcSourceReference: kdeText(500).optional(),
  /**
   * The food came from a person to whom the rule does not apply (§§ 1.1330(c), 1.1345(b)): the
   * initial packer or receiver assigns the lot code, and its location is the code's source.
   */
  sourceExempt: z.boolean().optional(),
  /**
   * A transformation of a raw agricultural commodity not initially packed before (§ 1.1350(b)):
   * the transformer also keeps the initial packer's KDEs (§ 1.1330(a) or (c), and (b) for sprouts).
   */
  notInitiallyPacked: z.boolean().optional(),
  /** Sprouts (§ 1.1330(b)): the grower of the seeds (location description) and the seed harvest date. */
  seedGrowerLocation: kdeText(500).optional(),
  seedHarvestDate: isoDate.optional(),
  /** The seed conditioner or processor, its seed lot code and the date of conditioning or processing. */
  seedConditionerLocation: kdeText(500).optional(),
  seedConditionerLotCode: kdeText(200).optional(),
  seedConditioningDate: isoDate.optional(),
  /** The seed packinghouse (and repackers), the date of packing, its seed lot code. */
  seedPackinghouseLocation: kdeText(500).optional(),
  seedPackingDate: isoDate.optional(),
  seedPackinghouseLotCode: kdeText(200).optional(),
  /** The seed supplier, its seed lot code (master lot and sub-lot), and the sprouter's own seed lot code. */
  seedSupplierLocation: kdeText(500).optional(),
  seedSupplierLotCode: kdeText(200).optional(),
  sprouterSeedLotCode: kdeText(200).optional(),
  /** Seed type or taxonomic name, growing specifications, packaging, antimicrobial treatment. */
  seedDescription: kdeText(500).optional(),
  /** The date the sprouter received the seeds. */
  seedReceivedDate: isoDate.optional(),
});

/** The simple JSON form of one event, as the dashboard sends it; the API builds the EPCIS 2.0 event. */
export const simpleEvent = items.extend({
  type: z.enum(["object", "aggregation", "transformation", "transaction", "association"]),
  action: z.enum(["ADD", "OBSERVE", "DELETE"]).optional(),
  /** A CBV business step (e.g. shipping) or a URI. */
  bizStep: z.string().min(1).max(200).optional(),
  disposition: z.string().min(1).max(200).optional(),
  /** ISO 8601 with a time zone, e.g. 2026-03-04T11:00:30.000+01:00. */
  eventTime: dateTimeSchema,
  /** Defaults to the offset written in eventTime (+00:00 for Z). */
  eventTimeZoneOffset: z
    .string()
    .regex(/^[+-]\d{2}:\d{2}$/, "must be an offset such as +01:00")
    .optional(),
  /** Aggregation/association/transaction: the parent (e.g. an SSCC) as an EPC URI. */
  parent: absoluteUri.optional(),
  /** Transformation: what went in and what came out. */
  inputs: z.array(items).max(1_000).optional(),
  outputs: z.array(outputItems).max(1_000).optional(),
  /** Aggregation/association: the children, several lots or serials (beside or instead of the top-level items). */
  children: z.array(items).max(1_000).optional(),
  transformationId: absoluteUri.optional(),
  readPoint: place.optional(),
  bizLocation: place.optional(),
  sources: z.array(party).max(20).optional(),
  destinations: z.array(party).max(20).optional(),
  bizTransactions: z
    .array(z.strictObject({ type: z.string().min(1).optional(), id: absoluteUri }))
    .max(50)
    .optional(),
  /** EPCIS 2.0 sensorElementList, as in the standard (validated by the SDK). */
  sensorElementList: z.array(z.record(z.string(), z.unknown())).max(1_000).optional(),
  /** Instance/lot master data, keys with a namespace prefix declared in `namespaces`. */
  ilmd: z.record(z.string(), z.unknown()).optional(),
  /** Namespace prefixes used by `ilmd` and sensor extensions, e.g. { "ex": "https://example.com/ns/" }. */
  namespaces: z.record(z.string().regex(/^[A-Za-z][\w-]*$/), z.url()).optional(),
  /** sha256 of documents uploaded to the organisation, to attach. */
  documents: z.array(sha256Hex).max(100).optional(),
  /** Who may see it; default the organisation's for the business step (see its visibility settings). */
  visibility: eventVisibility.optional(),
  /** FSMA 204 KDEs (harvest, cooling, landing), written as `fsma:` fields. */
  fsma204: fsma204Fields.optional(),
});
export type SimpleEvent = z.infer<typeof simpleEvent>;

export const correction = z.strictObject({
  /** The corrected event (simple form); leave out when the event did not occur at all. */
  event: simpleEvent.optional(),
  /** CBV error reason. */
  errorReason: z.enum(cbvErrorReasons).default("incorrect_data"),
  /** Why, in words (kept in the declaration as tm:reason). */
  reason: z.string().trim().min(1).max(2_000),
});

const attachment = z.object({
  sha256: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  fileName: z.string().nullable(),
});

export const eventDetail = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  eventHash: z.string(),
  leaf: z.string(),
  type: z.string(),
  action: z.string().nullable(),
  bizStep: z.string().nullable(),
  disposition: z.string().nullable(),
  eventTime: z.date(),
  eventTimeZoneOffset: z.string(),
  recordTime: z.date(),
  lotId: z.uuid().nullable(),
  captureId: z.uuid().nullable(),
  correctsEventHash: z.string().nullable(),
  visibility: eventVisibility,
  /** Each change of its visibility, oldest first: who (a member's id and name, or an API key's id), when, from what to what. */
  visibilityChanges: z.array(
    z.object({
      changedAt: z.date(),
      from: eventVisibility,
      to: eventVisibility,
      userId: z.uuid().nullable(),
      userName: z.string().nullable(),
      apiKeyId: z.uuid().nullable(),
    }),
  ),
  /** Hashes of declarations that declare this event erroneous. */
  correctedBy: z.array(z.string()),
  /** The EPCIS 2.0 event, the source of its hash. */
  document: z.record(z.string(), z.unknown()),
  anchorStatus: chainStatus,
  anchor: z
    .object({
      batchId: z.uuid(),
      /** Why its batch is `failed`: the contract's error, e.g. `NotOrganisationWriter(0x…, 0x…)`. */
      failureReason: z.string().nullable(),
      root: z.string(),
      proof: z.array(z.string()),
      txHash: z.string().nullable(),
      blockNumber: z.string().nullable(),
      blockHash: z.string().nullable(),
      anchoredAt: z.date().nullable(),
    })
    .nullable(),
  attachments: z.array(attachment),
  identifiers: z.array(z.object({ role: z.string(), value: z.string(), lotId: z.uuid().nullable() })),
});
export type EventDetail = z.infer<typeof eventDetail>;
