import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { simpleEventQuerySchema } from "../../epcis/eventQueryParameters.ts";
import { type EventQuery, queryEvents } from "../../services/events/queryEvents.ts";
import { chainStatus } from "../../services/events/schemas.ts";
import { orgRoute } from "../orgRoute.ts";

/**
 * The EPCIS 2.0 SimpleEventQuery parameters the binding answers (`simpleEventQuerySchema`) but
 * ordered by eventTime only, plus `lotId`, `limit` and `cursor`.
 */
export const eventQuerySchema = z.strictObject({
  ...simpleEventQuerySchema.omit({ orderBy: true, eventCountLimit: true, maxEventCount: true }).shape,
  lotId: z.uuid().optional(),
  /** EPCIS 2.0 ordering: by eventTime only; ascending unless `orderDirection=DESC`. */
  orderBy: z.literal("eventTime", { message: "only eventTime is supported" }).optional(),
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

/**
 * `GET /orgs/:orgId/events`: the EPCIS 2.0 query for the dashboard and SDK, as `{ items, nextCursor }`
 * with each event's anchoring. The standard's own `GET /events` is in routes/epcis.
 */
export function queryRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/events",
      tags: ["query"],
      summary: "Query the organisation's events (EPCIS 2.0)",
      description,
      querystring: eventQuerySchema,
      response: queryResponse,
      role: "viewer",
      handle: ({ params, query: { limit, cursor, orderBy: _orderBy, orderDirection, ...query } }) =>
        queryEvents(db, {
          organizationId: params.orgId,
          query: query as EventQuery,
          limit,
          cursor,
          orderDirection,
        }),
    });
  };
}
