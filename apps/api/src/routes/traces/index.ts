import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { traceLot } from "../../services/traces/traceLot.ts";
import { orgRoute } from "../orgRoute.ts";
import { lotParams, transferStatus } from "../schemas.ts";

const organisation = z.object({ name: z.string() });
const traceNode = z.object({
  id: z.string(),
  kind: z.enum(["lot", "item", "container", "class", "other", "organisation"]),
  depth: z.number().int(),
  directions: z.array(z.enum(["backward", "forward"])),
  gtin: z.string().nullable(),
  lotCode: z.string().nullable(),
  productName: z.string().nullable(),
  organisation: organisation.nullable(),
  own: z.boolean(),
  /** The lot's id when the caller may open it (its own lots, lots shipped to it). */
  lotId: z.uuid().nullable(),
  recalled: z.boolean(),
  details: z
    .object({
      lotId: z.uuid(),
      quantity: z.string().nullable(),
      unit: z.string().nullable(),
      productionDate: z.string().nullable(),
      expiryDate: z.string().nullable(),
      recallState: z.enum(["none", "recalled"]),
    })
    .nullable(),
});
const traceEdge = z.object({
  kind: z.enum(["transformation", "aggregation", "custody", "event"]),
  from: z.string(),
  to: z.string(),
  event: z.object({
    id: z.uuid().nullable(),
    eventHash: z.string(),
    type: z.string(),
    action: z.string().nullable(),
    bizStep: z.string().nullable(),
    eventTime: z.string(),
    organisation,
    own: z.boolean(),
  }),
  custody: z.object({ from: z.string(), to: z.string(), status: transferStatus }).nullable(),
});

/** `GET /orgs/:orgId/lots/:lotId/trace`: where a lot came from and where it went, as a graph. */
export function traceRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/lots/:lotId/trace",
      tags: ["query"],
      summary: "Trace a lot backward and/or forward across organisations",
      description:
        "Nodes are lots (keyed by their Digital Link path), items, containers and the organisations lots were handed to; edges are the events linking them (transformation inputs → outputs, aggregation children → parent), custody hand-overs (a lot → the organisation it was shipped to) and, from a lot to itself, its other events. Other organisations' nodes show only product, GTIN, lot code, organisation name and whether the lot is recalled.",
      params: lotParams,
      querystring: z.strictObject({
        direction: z.enum(["backward", "forward", "both"]).default("both"),
        depth: z.coerce.number().int().min(1).max(25).default(10),
      }),
      response: z.object({ root: z.string(), nodes: z.array(traceNode), edges: z.array(traceEdge) }),
      role: "viewer",
      handle: ({ params, query }) =>
        traceLot(db, { organizationId: params.orgId, lotId: params.lotId, ...query }),
    });
  };
}
