import { dateTimeSchema } from "@tracemark/sdk";
import { z } from "zod";
import type { EventQuery, TypedValues } from "../services/events/queryEvents.ts";
import { epcisProblem } from "./binding.ts";

/** A list parameter: values separated by `|` (the binding's pipeDelimited style), the parameter repeated, or a JSON array. */
function list<T extends z.ZodType<string, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value]).flatMap((v) => v.split("|")).filter(Boolean),
    )
    .pipe(z.array(item).max(100));
}
const uri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, "expected an absolute URI");
// A `+` of a time-zone offset arrives as a space when the client did not percent-encode it.
const time = z
  .string()
  .transform((value) => value.replaceAll(" ", "+"))
  .pipe(dateTimeSchema)
  .transform((value) => new Date(value));
const count = z.coerce.number().int().min(1).max(1_000_000);

/** The SimpleEventQuery parameters of EPCIS 2.0 that Tracemark answers, with fixed names. */
export const simpleEventQuerySchema = z.object({
  eventType: list(
    z.enum([
      "ObjectEvent",
      "AggregationEvent",
      "TransactionEvent",
      "TransformationEvent",
      "AssociationEvent",
    ]),
  ).optional(),
  GE_eventTime: time.optional(),
  LT_eventTime: time.optional(),
  GE_recordTime: time.optional(),
  LT_recordTime: time.optional(),
  EQ_action: list(z.enum(["ADD", "OBSERVE", "DELETE"])).optional(),
  EQ_bizStep: list(z.string().min(1)).optional(),
  EQ_disposition: list(z.string().min(1)).optional(),
  EQ_readPoint: list(uri).optional(),
  WD_readPoint: list(uri).optional(),
  EQ_bizLocation: list(uri).optional(),
  WD_bizLocation: list(uri).optional(),
  MATCH_epc: list(uri).optional(),
  MATCH_parentID: list(uri).optional(),
  MATCH_inputEPC: list(uri).optional(),
  MATCH_outputEPC: list(uri).optional(),
  MATCH_anyEPC: list(uri).optional(),
  MATCH_epcClass: list(uri).optional(),
  MATCH_inputEPCClass: list(uri).optional(),
  MATCH_outputEPCClass: list(uri).optional(),
  MATCH_anyEPCClass: list(uri).optional(),
  EQ_eventID: list(z.string().min(1).max(500)).optional(),
  orderBy: z
    .enum(["eventTime", "recordTime"], { message: "Tracemark orders by eventTime or recordTime" })
    .optional(),
  orderDirection: z.enum(["ASC", "DESC"]).optional(),
  eventCountLimit: count.optional(),
  maxEventCount: count.optional(),
});

/** The binding's paging parameters (URL only, never part of a stored query). */
export const pagingSchema = z.object({
  perPage: z.coerce.number().int().min(1).max(500).default(30),
  nextPageToken: z.string().max(500).optional(),
});

/**
 * `perPage` and `nextPageToken` of a query string, else the binding's QueryParameterException.
 *
 * @example
 * const { perPage, nextPageToken } = parsePaging(request.query as Record<string, unknown>);
 */
export function parsePaging(raw: Record<string, unknown>): z.infer<typeof pagingSchema> {
  const paging = pagingSchema.safeParse({ perPage: raw.perPage, nextPageToken: raw.nextPageToken });
  if (paging.success) return paging.data;
  const errors = paging.error.issues.map((i) => ({
    field: `querystring.${String(i.path[0])}`,
    message: i.message,
  }));
  throw epcisProblem(400, "queryParameter", errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
}

/** Type- or field-qualified parameters: `EQ_bizTransaction_{type}`, `EQ_source_{type}`, `EQ_destination_{type}`, `EQ_ILMD_{field}`. */
const QUALIFIED = /^EQ_(bizTransaction|source|destination|ILMD)_(.+)$/;

/** Standard parameter names and families Tracemark does not answer yet (answered 501, not taken as a typo). */
const NOT_ANSWERED = new Set([
  "EQ_persistentDisposition_set",
  "EQ_persistentDisposition_unset",
  "EQ_transformationID",
  "EQ_quantity",
  "GT_quantity",
  "GE_quantity",
  "LT_quantity",
  "LE_quantity",
  "EXISTS_errorDeclaration",
  "GE_errorDeclarationTime",
  "LT_errorDeclarationTime",
  "EQ_errorReason",
  "EQ_correctiveEventID",
  "GE_startTime",
  "LT_startTime",
  "GE_endTime",
  "LT_endTime",
  "EQ_type",
  "EQ_deviceID",
  "EQ_dataProcessingMethod",
  "EQ_microorganism",
  "EQ_chemicalSubstance",
  "EQ_bizRules",
  "EQ_stringValue",
  "EQ_hexBinaryValue",
  "EQ_uriValue",
  "EQ_booleanValue",
]);
const NOT_ANSWERED_FAMILY =
  /^(EXISTS_ILMD_|EQ_INNER_|GT_|GE_|LT_|LE_|EQATTR_|HASATTR_|EXISTS_|EQ_value_|EQ_sensorMetadata_|EQ_sensorReport_|EQ_INNER_ILMD_)/;

/** What a query asks for, ready for `queryEpcisEvents`. */
export type ParsedEventQuery = {
  query: EventQuery;
  orderBy: "eventTime" | "recordTime";
  orderDirection: "ASC" | "DESC";
  eventCountLimit: number | undefined;
  maxEventCount: number | undefined;
};

/**
 * Reads an EPCIS 2.0 SimpleEventQuery, from a URL query string or a stored query's JSON
 * (`{"EQ_bizStep": ["shipping"]}`), into an `EventQuery`. Every problem of every parameter is
 * named at once: bad values and unknown names give the binding's QueryParameterException (400),
 * standard parameters Tracemark does not answer an ImplementationException (501). `allow` names
 * parameters the caller reads itself (paging).
 *
 * @example
 * const { query } = parseEventQuery({ EQ_bizStep: "shipping|receiving", WD_bizLocation: "urn:epc:id:sgln:0614141.07346.0" });
 */
export function parseEventQuery(raw: Record<string, unknown>, allow: string[] = []): ParsedEventQuery {
  const fixed: Record<string, unknown> = {};
  const problems: { field: string; message: string }[] = [];
  const notAnswered: string[] = [];
  const qualified: Record<string, TypedValues[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (allow.includes(name)) continue;
    if (name in simpleEventQuerySchema.shape) {
      fixed[name] = value;
      continue;
    }
    const match = QUALIFIED.exec(name);
    if (match) {
      const values = list(z.string().min(1)).safeParse(value);
      if (!values.success) {
        problems.push({ field: name, message: values.error.issues[0]?.message ?? "is invalid" });
      } else {
        const family = match[1] ?? "";
        qualified[family] = [...(qualified[family] ?? []), { type: match[2] ?? "", values: values.data }];
      }
      continue;
    }
    if (NOT_ANSWERED.has(name) || NOT_ANSWERED_FAMILY.test(name)) notAnswered.push(name);
    else problems.push({ field: name, message: "is not a query parameter of EPCIS 2.0" });
  }
  const parsed = simpleEventQuerySchema.safeParse(fixed);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ field: String(issue.path[0] ?? "query"), message: issue.message });
    }
  }
  const data = parsed.success ? parsed.data : undefined;
  if (data?.eventCountLimit !== undefined && data.maxEventCount !== undefined) {
    problems.push({
      field: "eventCountLimit",
      message: "eventCountLimit and maxEventCount exclude each other",
    });
  }
  if (data?.eventCountLimit !== undefined && data.orderBy === undefined) {
    problems.push({ field: "eventCountLimit", message: "eventCountLimit needs orderBy" });
  }
  if (problems.length > 0 || !data) {
    const named = problems.map((p) => ({ field: `querystring.${p.field}`, message: p.message }));
    throw epcisProblem(400, "queryParameter", named.map((p) => `${p.field}: ${p.message}`).join("; "), named);
  }
  if (notAnswered.length > 0) {
    throw epcisProblem(
      501,
      "implementation",
      `Tracemark does not answer these EPCIS 2.0 query parameters yet: ${notAnswered.join(", ")}`,
    );
  }
  const { orderBy, orderDirection, eventCountLimit, maxEventCount, ...query } = data;
  return {
    query: {
      ...query,
      EQ_bizTransaction: qualified.bizTransaction,
      EQ_source: qualified.source,
      EQ_destination: qualified.destination,
      EQ_ILMD: qualified.ILMD?.map(({ type, values }) => ({ field: type, values })),
    },
    orderBy: orderBy ?? "eventTime",
    orderDirection: orderDirection ?? "ASC",
    eventCountLimit,
    maxEventCount,
  };
}
