import { z } from "zod";
import { convertibleEpcSchemes, epcUriToDigitalLink } from "../gs1/epcUriToDigitalLink.ts";
import {
  type CbvKind,
  cbvBusinessSteps,
  cbvBusinessTransactionTypes,
  cbvDispositions,
  cbvErrorReasons,
  cbvSourceDestinationTypes,
} from "./cbv.ts";
import { cbvTerm } from "./cbvTerm.ts";
// A date-time of a day that exists, within the range every part of Tracemark stores alike.
import { dateTimeSchema as dateTime } from "./dateTime.ts";

const timeZoneOffset = z.string().regex(/^[+-]\d{2}:\d{2}$/, "expected a time zone offset such as +01:00");
const uri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, "expected an absolute URI");

/**
 * An EPC: any absolute URI (a GS1 Digital Link, an EPC URI…); an EPC URI of a scheme the SDK converts
 * (SGTIN, SSCC, SGLN, …) must also be well formed, since its event hash depends on the conversion.
 */
const epc = uri.refine(
  (value) =>
    epcUriToDigitalLink(value) !== undefined ||
    !convertibleEpcSchemes.some((scheme) => value.startsWith(`${scheme}:`)),
  { message: "malformed EPC URI (e.g. urn:epc:id:sgtin:4012345.011111.9876)" },
);

/**
 * A value of a CBV vocabulary: a bare CBV term, its URN (`urn:epcglobal:cbv:bizstep:…`), its Web URI
 * (`https://ref.gs1.org/cbv/BizStep-…`) or CURIE (`cbv:BizStep-…`), or any other URI (a private vocabulary).
 */
function vocabulary(terms: readonly string[], kind: CbvKind, label: string) {
  const known = new Set(terms);
  const example = terms.slice(0, 3).join(", ");
  return z.string().refine(
    (value) => {
      const term = cbvTerm(kind, value);
      if (term !== value || !value.includes(":")) return known.has(term);
      return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value);
    },
    { message: `expected a CBV ${label} (e.g. ${example}) or a URI of a private vocabulary` },
  );
}

export const businessStepSchema = vocabulary(cbvBusinessSteps, "bizStep", "business step");
export const dispositionSchema = vocabulary(cbvDispositions, "disposition", "disposition");
const businessTransactionType = vocabulary(
  cbvBusinessTransactionTypes,
  "bizTransactionType",
  "business transaction type",
);
const sourceDestinationType = vocabulary(
  cbvSourceDestinationTypes,
  "sourceDestType",
  "source/destination type",
);
const errorReason = vocabulary(cbvErrorReasons, "errorReason", "error reason");

/** Extension fields are named by a CURIE (`example:field`) or a URI; other unknown names are mistakes. */
function allowExtensions<T extends z.ZodRawShape>(shape: T) {
  const known = new Set(Object.keys(shape));
  return z.looseObject(shape).superRefine((value, context) => {
    for (const key of Object.keys(value)) {
      if (!known.has(key) && !key.includes(":") && key !== "@context") {
        context.addIssue({
          code: "custom",
          path: [key],
          message: `unknown field; extensions must be named with a namespace prefix (e.g. "example:${key}")`,
        });
      }
    }
  });
}

export const quantityElementSchema = allowExtensions({
  epcClass: uri,
  quantity: z.number().nonnegative().optional(),
  uom: z.string().min(1).optional(),
});

export const locationSchema = allowExtensions({ id: uri });

export const businessTransactionSchema = allowExtensions({
  type: businessTransactionType.optional(),
  bizTransaction: uri,
});
export const sourceSchema = allowExtensions({ type: sourceDestinationType, source: uri });
export const destinationSchema = allowExtensions({ type: sourceDestinationType, destination: uri });

export const sensorMetadataSchema = allowExtensions({
  time: dateTime.optional(),
  startTime: dateTime.optional(),
  endTime: dateTime.optional(),
  deviceID: uri.optional(),
  deviceMetadata: uri.optional(),
  rawData: uri.optional(),
  dataProcessingMethod: uri.optional(),
  bizRules: uri.optional(),
});

export const sensorReportSchema = allowExtensions({
  type: z.string().min(1).optional(),
  exception: z.string().min(1).optional(),
  deviceID: uri.optional(),
  deviceMetadata: uri.optional(),
  rawData: uri.optional(),
  dataProcessingMethod: uri.optional(),
  bizRules: uri.optional(),
  time: dateTime.optional(),
  microorganism: uri.optional(),
  chemicalSubstance: uri.optional(),
  value: z.number().optional(),
  component: z.string().min(1).optional(),
  stringValue: z.string().optional(),
  booleanValue: z.boolean().optional(),
  hexBinaryValue: z
    .string()
    .regex(/^([0-9A-Fa-f]{2})*$/, "expected hexadecimal bytes")
    .optional(),
  uriValue: uri.optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
  meanValue: z.number().optional(),
  sDev: z.number().optional(),
  percRank: z.number().optional(),
  percValue: z.number().optional(),
  uom: z.string().min(1).optional(),
  coordinateReferenceSystem: uri.optional(),
});

export const sensorElementSchema = allowExtensions({
  sensorMetadata: sensorMetadataSchema.optional(),
  sensorReport: z.array(sensorReportSchema).min(1, "a sensor element needs at least one sensorReport"),
});

export const errorDeclarationSchema = allowExtensions({
  declarationTime: dateTime,
  reason: errorReason.optional(),
  correctiveEventIDs: z.array(uri).optional(),
});

export const persistentDispositionSchema = z.strictObject({
  set: z.array(dispositionSchema).optional(),
  unset: z.array(dispositionSchema).optional(),
});

/** ILMD: instance/lot master data, every field named by a namespace prefix or URI. */
export const ilmdSchema = allowExtensions({});

const action = z.enum(["ADD", "OBSERVE", "DELETE"], { message: 'expected "ADD", "OBSERVE" or "DELETE"' });

const common = {
  "@context": z.unknown().optional(),
  eventTime: dateTime,
  eventTimeZoneOffset: timeZoneOffset,
  recordTime: dateTime.optional(),
  eventID: uri.optional(),
  certificationInfo: z.union([uri, z.array(uri)]).optional(),
  errorDeclaration: errorDeclarationSchema.optional(),
  bizStep: businessStepSchema.optional(),
  disposition: dispositionSchema.optional(),
  persistentDisposition: persistentDispositionSchema.optional(),
  readPoint: locationSchema.optional(),
  bizLocation: locationSchema.optional(),
  bizTransactionList: z.array(businessTransactionSchema).optional(),
  sourceList: z.array(sourceSchema).optional(),
  destinationList: z.array(destinationSchema).optional(),
  sensorElementList: z.array(sensorElementSchema).optional(),
};

export const objectEventSchema = allowExtensions({
  type: z.literal("ObjectEvent"),
  ...common,
  action,
  epcList: z.array(epc).optional(),
  quantityList: z.array(quantityElementSchema).optional(),
  ilmd: ilmdSchema.optional(),
});

export const aggregationEventSchema = allowExtensions({
  type: z.literal("AggregationEvent"),
  ...common,
  action,
  parentID: epc.optional(),
  childEPCs: z.array(epc).optional(),
  childQuantityList: z.array(quantityElementSchema).optional(),
}).superRefine((event, context) => {
  if (event.action !== "OBSERVE" && event.parentID === undefined) {
    context.addIssue({
      code: "custom",
      path: ["parentID"],
      message: `required when action is ${event.action}`,
    });
  }
});

export const transactionEventSchema = allowExtensions({
  type: z.literal("TransactionEvent"),
  ...common,
  action,
  bizTransactionList: z
    .array(businessTransactionSchema)
    .min(1, "a TransactionEvent needs a business transaction"),
  parentID: epc.optional(),
  epcList: z.array(epc).optional(),
  quantityList: z.array(quantityElementSchema).optional(),
});

export const transformationEventSchema = allowExtensions({
  type: z.literal("TransformationEvent"),
  ...common,
  inputEPCList: z.array(epc).optional(),
  inputQuantityList: z.array(quantityElementSchema).optional(),
  outputEPCList: z.array(epc).optional(),
  outputQuantityList: z.array(quantityElementSchema).optional(),
  transformationID: uri.optional(),
  ilmd: ilmdSchema.optional(),
});

export const associationEventSchema = allowExtensions({
  type: z.literal("AssociationEvent"),
  ...common,
  action,
  parentID: epc,
  childEPCs: z.array(epc).optional(),
  childQuantityList: z.array(quantityElementSchema).optional(),
});

export const eventTypes = [
  "ObjectEvent",
  "AggregationEvent",
  "TransactionEvent",
  "TransformationEvent",
  "AssociationEvent",
] as const;

export const epcisEventSchema = z.discriminatedUnion(
  "type",
  [
    objectEventSchema,
    aggregationEventSchema,
    transactionEventSchema,
    transformationEventSchema,
    associationEventSchema,
  ],
  { message: `expected an event type: ${eventTypes.join(", ")}` },
);

export const epcisContextSchema = z.union([
  z.string(),
  z.record(z.string(), z.unknown()),
  z.array(z.union([z.string(), z.record(z.string(), z.unknown())])),
]);

export const epcisDocumentSchema = z.looseObject({
  "@context": epcisContextSchema,
  type: z.literal("EPCISDocument"),
  id: uri.optional(),
  schemaVersion: z.union([z.literal("2.0"), z.literal(2)], { message: 'expected schemaVersion "2.0"' }),
  creationDate: dateTime,
  instanceIdentifier: z.string().optional(),
  sender: z.string().optional(),
  receiver: z.string().optional(),
  epcisHeader: z.record(z.string(), z.unknown()).optional(),
  epcisBody: z.strictObject({ eventList: z.array(epcisEventSchema) }),
});
