import { parseDigitalLink } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { checkField } from "../../services/identifiers/gs1.ts";
import { countLotScan, LOT_SCAN_DAYS_MAX, listLotScans } from "../../services/lots/lotScans.ts";
import { orgRoute } from "../orgRoute.ts";
import { lotParams } from "../schemas.ts";

export const lotScans = z.object({
  lotId: z.uuid(),
  days: z.array(z.object({ date: z.string(), views: z.number().int() })),
  total: z.number().int(),
});

/**
 * Scan counts: `POST /public/01/:gtin/10/:lot/scans` counts a view of a lot's consumer page (the
 * web server calls it for each page it renders, not for prefetches or known bots), and
 * `GET /orgs/:orgId/lots/:lotId/scans` gives the lot's owner its views per day. Nothing about the
 * visitor is received or stored: no body, no address, no browser, no cookie.
 */
export function lotScanRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const segment = z.string().min(1).max(80);
    app.post(
      "/public/01/:gtin/10/:lot/scans",
      {
        schema: {
          tags: ["public"],
          summary: "Count a view of a lot's consumer page",
          description:
            "Adds one to the lot's page views of the current UTC day (its brand's scan counts). No sign-in and no body; nothing about the visitor is stored. 404 for an unknown lot.",
          params: z.object({ gtin: segment, lot: segment }),
          response: { 204: z.null().describe("Counted") },
        },
      },
      async (request, reply) => {
        const keys = checkField("path", () =>
          parseDigitalLink(
            `/01/${encodeURIComponent(request.params.gtin)}/10/${encodeURIComponent(request.params.lot)}`,
          ),
        );
        await countLotScan(db, { gtin: keys.gtin, lotCode: keys.lot ?? request.params.lot });
        return reply.code(204).send(null);
      },
    );

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/lots/:lotId/scans",
      tags: ["master data"],
      summary: "A lot's scan counts",
      description:
        "Views of the lot's consumer page per UTC day (oldest first, days without views as 0) and in all; only for the organisation that owns the lot.",
      params: lotParams,
      querystring: z.object({ days: z.coerce.number().int().min(1).max(LOT_SCAN_DAYS_MAX).default(30) }),
      response: lotScans,
      role: "viewer",
      handle: ({ params, query }) => listLotScans(db, params.orgId, params.lotId, { days: query.days }),
    });
  };
}
