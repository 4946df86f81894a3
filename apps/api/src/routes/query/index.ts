import { dateTimeSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { requireOrgRole, requirePrincipal } from "../../plugins/authenticate.ts";
import { type EventQuery, queryEvents } from "../../services/queryEvents.ts";
import { chainStatus, orgParams } from "../schemas.ts";

/** A list parameter: values separated by `|` (the EPCIS 2.0 REST binding) and/or the parameter repeated. */
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

/** The EPCIS 2.0 SimpleEventQuery parameters we answer, plus `lotId`, `limit` and `cursor`. */
export const eventQuerySchema = z.strictObject({
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
  EQ_bizLocation: list(uri).optional(),
  MATCH_epc: list(uri).optional(),
  MATCH_parentID: list(uri).optional(),
  MATCH_inputEPC: list(uri).optional(),
  MATCH_outputEPC: list(uri).optional(),
  MATCH_anyEPC: list(uri).optional(),
  MATCH_epcClass: list(uri).optional(),
  MATCH_inputEPCClass: list(uri).optional(),
  MATCH_outputEPCClass: list(uri).optional(),
  MATCH_anyEPCClass: list(uri).optional(),
  lotId: z.uuid().optional(),
  /** EPCIS 2.0 ordering: by eventTime only; ascending unless `orderDirection=DESC`. */
  orderBy: z.literal("eventTime", { message: "only eventTime is supported" }).optional(),
  orderDirection: z.enum(["ASC", "DESC"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

export const queriedEvent = z.object({
  id: z.uuid(),
  eventHash: z.string(),
  event: z.record(z.string(), z.unknown()),
  anchor: z.object({
    status: chainStatus,
    /** Why the event's batch is `failed` (the contract's error), else `null`. */
    failureReason: z.string().nullable(),
    root: z.string().nullable(),
    proof: z.array(z.string()),
    blockNumber: z.number().nullable(),
    anchoredAt: z.string().nullable(),
    transactionHash: z.string().nullable(),
  }),
});
const queryResponse = z.object({ items: z.array(queriedEvent), nextCursor: z.string().nullable() });

const description = `EPCIS 2.0 query (SimpleEventQuery parameters; list values separated by \`|\`).
Answers \`{ items, nextCursor }\`, in the stable order (eventTime, id), oldest first, or newest first
with \`orderBy=eventTime&orderDirection=DESC\`: each item is the EPCIS 2.0
JSON-LD event as captured (with its \`eventID\`: the sender's own, else its event hash, which is
always \`eventHash\`; and \`recordTime\`) and where its
anchoring stands. \`MATCH_*\` take EPC URIs, Digital Links or EPC patterns
(\`urn:epc:idpat:sgtin:0614141.107346.*\`).`;

/** `GET /orgs/:orgId/events` and `GET /events` (an API key's organisation): the EPCIS 2.0 query. */
export function queryRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/orgs/:orgId/events",
      {
        schema: {
          tags: ["query"],
          summary: "Query the organisation's events (EPCIS 2.0)",
          description,
          params: orgParams,
          querystring: eventQuerySchema,
          response: { 200: queryResponse },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        const { limit, cursor, orderBy: _orderBy, orderDirection, ...query } = request.query;
        return queryEvents(db, {
          organizationId: request.params.orgId,
          query: query as EventQuery,
          limit,
          cursor,
          orderDirection,
        });
      },
    );

    app.get(
      "/events",
      {
        schema: {
          tags: ["query"],
          summary: "Query the API key's organisation's events (EPCIS 2.0 REST binding)",
          description,
          querystring: eventQuerySchema,
          response: { 200: queryResponse },
        },
      },
      async (request) => {
        const principal = requirePrincipal(request);
        if (principal.kind !== "apiKey") {
          throw new ProblemError(
            403,
            "Forbidden",
            "GET /events is for API keys (their organisation is implied); use GET /orgs/{orgId}/events.",
          );
        }
        const { limit, cursor, orderBy: _orderBy, orderDirection, ...query } = request.query;
        return queryEvents(db, {
          organizationId: principal.organizationId,
          query: query as EventQuery,
          limit,
          cursor,
          orderDirection,
        });
      },
    );
  };
}
