import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { createSerials, MAX_SERIALS_PER_REQUEST } from "../../services/lots/createSerials.ts";
import { listSerials } from "../../services/lots/listSerials.ts";
import { orgRoute } from "../orgRoute.ts";
import { lotParams, page, pageQuery } from "../schemas.ts";

const serialItem = z.object({
  id: z.uuid(),
  serial: z.string(),
  lotId: z.uuid().nullable(),
  createdAt: z.date(),
});

/** Serialised items (GTIN + serial) of a lot. */
export function serialRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/lots/:lotId/serials",
      tags: ["master data"],
      summary: "Register serialised items of a lot: a list, or a numeric range with a prefix",
      params: lotParams,
      body: z.union([
        z
          .object({ serials: z.array(z.string().min(1).max(20)).min(1).max(MAX_SERIALS_PER_REQUEST) })
          .strict(),
        z
          .object({
            range: z.object({
              prefix: z.string().max(19).optional(),
              from: z.number().int().min(0),
              to: z.number().int().min(0),
              width: z.number().int().min(1).max(20).optional(),
            }),
          })
          .strict(),
      ]),
      status: 201,
      response: z.object({ count: z.number().int(), first: z.string(), last: z.string() }),
      role: "operator",
      handle: ({ params, body }) =>
        createSerials(db, { organizationId: params.orgId, lotId: params.lotId, ...body }),
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/lots/:lotId/serials",
      tags: ["master data"],
      summary: "Serialised items of a lot, by serial",
      params: lotParams,
      querystring: pageQuery,
      response: page(serialItem),
      role: "viewer",
      handle: ({ params, query }) =>
        listSerials(db, { organizationId: params.orgId, lotId: params.lotId, ...query }),
    });
  };
}
