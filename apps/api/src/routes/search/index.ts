import { dateTimeSchema, eventTypes } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { searchLots } from "../../services/lots/searchLots.ts";
import { orgRoute } from "../orgRoute.ts";
import { pageQuery } from "../schemas.ts";

const text = z.string().trim().min(1).max(200);
// A `+` of a time-zone offset arrives as a space when the client did not percent-encode it.
const time = z
  .string()
  .transform((value) => value.replaceAll(" ", "+"))
  .pipe(dateTimeSchema)
  .transform((value) => new Date(value));

export const foundLots = z.object({
  groups: z.array(
    z.object({
      organisation: z.string(),
      relation: z.enum(["owned", "received"]),
      lots: z.array(
        z.object({
          lotId: z.guid(),
          gtin: z.string(),
          productName: z.string(),
          lotCode: z.string(),
          quantity: z.string().nullable(),
          unit: z.string().nullable(),
        }),
      ),
    }),
  ),
  nextCursor: z.string().nullable(),
});

/** `GET /orgs/:orgId/lots/search`: trace search over the lots the organisation owns or received. */
export function searchRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/lots/search",
      tags: ["query"],
      summary: "Trace search: lots by product, lot code, business transaction, place, time and event type",
      description:
        "Among the lots the organisation owns or received (custody), those matching every filter given (at least one): `product` (a GTIN, or words of the name), `lotCode` (its start), and an event of the lot the organisation may see matching all of `bizTransaction` (a purchase order, invoice, bill of lading…: its URI or reference, e.g. `PO-4711`), `location` (a GLN, a place's URI, or words of its name), `from`/`to` (event time, from inclusive, to exclusive) and `eventType`. Grouped by organisation (own lots first), in pages (`nextCursor`).",
      querystring: z.strictObject({
        product: text.optional(),
        lotCode: text.optional(),
        bizTransaction: text.optional(),
        location: text.optional(),
        from: time.optional(),
        to: time.optional(),
        eventType: z.enum(eventTypes).optional(),
        limit: pageQuery.shape.limit,
        cursor: z.string().max(2000).optional(),
      }),
      response: foundLots,
      role: "viewer",
      handle: ({ params, query }) => {
        if (query.from && query.to && query.from >= query.to) {
          throw new ProblemError(400, "Invalid request", "querystring.to: must be after from", {
            errors: [{ field: "querystring.to", message: "must be after from" }],
          });
        }
        return searchLots(db, { organizationId: params.orgId, ...query });
      },
    });
  };
}
