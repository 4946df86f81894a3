import { create as contentDisposition } from "content-disposition";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { impactCsv } from "../../services/recalls/impactCsv.ts";
import { IMPACT_DEFAULT_DEPTH, IMPACT_MAX_DEPTH, impactOfLot } from "../../services/recalls/impactOfLot.ts";
import { CSV, lotParams, transferStatus } from "../schemas.ts";

const place = z.object({ uri: z.string(), name: z.string().nullable(), lastSeenAt: z.string() });
const holder = z.object({
  organisation: z.string(),
  status: transferStatus,
  shippedAt: z.string(),
  receivedAt: z.string().nullable(),
});
const lotFace = z.object({
  id: z.string(),
  lotId: z.guid().nullable(),
  gtin: z.string().nullable(),
  productName: z.string().nullable(),
  lotCode: z.string().nullable(),
  identifier: z.string().nullable(),
  organisation: z.string().nullable(),
  relation: z.enum(["owned", "received", "other"]).nullable(),
  quantity: z.string().nullable(),
  unit: z.string().nullable(),
  places: z.array(place),
  holders: z.array(holder),
});
const step = z.object({
  id: z.string(),
  gtin: z.string().nullable(),
  lotCode: z.string().nullable(),
  organisation: z.string().nullable(),
  identifier: z.string().nullable(),
  via: z.enum(["transformation", "aggregation"]).nullable(),
  event: z
    .object({
      type: z.string(),
      bizStep: z.string().nullable(),
      eventTime: z.string(),
      organisation: z.string(),
    })
    .nullable(),
  custody: z.array(z.object({ lot: z.string(), from: z.string(), to: z.string() })),
});
const node = lotFace.extend({ depth: z.number().int(), path: z.array(step) });
export const impactReport = z.object({
  lot: lotFace,
  depth: z.number().int(),
  truncated: z.boolean(),
  upstream: z.array(node),
  downstream: z.array(node),
  organisations: z.array(z.object({ name: z.string(), lots: z.number().int(), holds: z.number().int() })),
});

/** `GET /orgs/:orgId/lots/:lotId/impact`: the recall impact report of a lot, as JSON or CSV. */
export function impactRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/orgs/:orgId/lots/:lotId/impact",
      {
        schema: {
          tags: ["query"],
          summary:
            "Recall impact report of a lot: every lot upstream and downstream, who owns and holds it, and the path",
          description:
            "Lots reached through transformations and aggregations (and the custody hand-overs that let another organisation use a lot), each once per direction at its least depth, with the shortest path from the lot. Quantity, places and holders are given for lots the organisation owns or received; another organisation's lot shows product, GTIN, lot code and owner. JSON, or CSV with `format=csv` or `Accept: text/csv` (an attachment).",
          params: lotParams,
          querystring: z.strictObject({
            depth: z.coerce.number().int().min(1).max(IMPACT_MAX_DEPTH).default(IMPACT_DEFAULT_DEPTH),
            format: z.enum(["json", "csv"]).optional(),
          }),
          response: {
            200: {
              description: "The report, as JSON or as CSV",
              content: { "application/json": { schema: impactReport }, [CSV]: { schema: z.string() } },
            },
          },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        const report = await impactOfLot(db, {
          organizationId: request.params.orgId,
          lotId: request.params.lotId,
          depth: request.query.depth,
        });
        const format = request.query.format ?? preferredFormat(request.headers.accept);
        reply.header("vary", "accept");
        const name = `impact-${report.lot.gtin}-${report.lot.lotCode}.${format}`;
        // Asked for by name (`format`), the report is a file to keep.
        if (request.query.format) reply.header("content-disposition", contentDisposition(name));
        if (format === "json") return report;
        reply.type("text/csv; charset=utf-8; header=present");
        reply.header("content-disposition", contentDisposition(name));
        return reply.send(impactCsv(report));
      },
    );
  };
}

/** `csv` when the Accept header ranks `text/csv` above JSON, else `json`. */
function preferredFormat(accept: string | undefined): "json" | "csv" {
  const quality = (type: string) =>
    Math.max(
      0,
      ...(accept ?? "")
        .split(",")
        .map((range) => range.trim().split(";"))
        .filter(([media]) => media?.trim().toLowerCase() === type)
        .map(([, ...params]) => {
          const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
          const value = q ? Number(q.slice(2)) : 1;
          return Number.isFinite(value) ? value : 0;
        }),
    );
  return quality("text/csv") > quality("application/json") ? "csv" : "json";
}
