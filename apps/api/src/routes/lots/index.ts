import { dateSchema, plotSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { listLotDocuments } from "../../services/documents/listLotDocuments.ts";
import { eventVisibility } from "../../services/events/schemas.ts";
import { listLotEvents } from "../../services/lots/listLotEvents.ts";
import { lotPlots } from "../../services/lots/lotPlots.ts";
import { createLot, getLot, listLots, updateLot } from "../../services/lots/lots.ts";
import { documentSummary } from "../documents/index.ts";
import { orgRead } from "../orgRead.ts";
import { orgRoute } from "../orgRoute.ts";
import { queriedEvent } from "../query/index.ts";
import { lotParams, page, pageQuery, productParams } from "../schemas.ts";

export const lot = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  gtin: z.string(),
  productName: z.string(),
  lotCode: z.string(),
  productionDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  quantity: z.string().nullable(),
  unit: z.string().nullable(),
  recallState: z.enum(["none", "recalled"]),
  /** Set when the caller's organisation received the lot rather than owns it: the latest hand-over to it. */
  receivedFrom: z
    .object({
      organizationId: z.uuid(),
      name: z.string(),
      transferId: z.uuid(),
      status: z.enum(["pending", "completed"]),
      shippedAt: z.date(),
      completedAt: z.date().nullable(),
    })
    .nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const fields = z.object({
  productionDate: dateSchema.nullable(),
  expiryDate: dateSchema.nullable(),
  quantity: z
    .string()
    .regex(/^\d{1,12}(\.\d{1,6})?$/, "must be a non-negative decimal with at most 12 digits and 6 decimals")
    .meta({ examples: ["1200.5"] })
    .nullable(),
  unit: z.string().trim().min(1).max(20).nullable(),
});
/** A FeatureCollection as the EU Information System's "EUDR GeoJSON File Description" (v1.2) reads it. */
const eudrFeatureCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: z.object({
        ProducerName: z.string(),
        ProducerCountry: z.string().optional(),
        ProductionPlace: z.string(),
      }),
      geometry: plotSchema,
    }),
  ),
});
const lotDocument = documentSummary.extend({
  /** The lot's events it is attached to, oldest first. */
  events: z.array(
    z.object({
      id: z.uuid(),
      eventHash: z.string(),
      bizStep: z.string().nullable(),
      eventTime: z.date(),
      /** Set on an error declaration, which repeats the documents of the event it corrects. */
      correctsEventHash: z.string().nullable(),
    }),
  ),
});

/** Lots (batches) of an organisation's products. */
export function lotRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/products/:productId/lots",
      tags: ["master data"],
      summary: "Create a lot of a product",
      params: productParams,
      body: fields.partial().extend({ lotCode: z.string().min(1).max(20) }),
      status: 201,
      response: lot,
      role: "operator",
      handle: ({ params, body }) => createLot(db, params.orgId, params.productId, body),
    });

    orgRead(app, {
      url: "/orgs/:orgId/lots",
      tags: ["master data"],
      summary: "Lots, newest first, by product, lot code, recall state and production/expiry date ranges",
      querystring: pageQuery.extend({
        productId: z.uuid().optional(),
        q: z.string().trim().min(1).max(20).optional(),
        recallState: z.enum(["none", "recalled"]).optional(),
        producedFrom: dateSchema.optional(),
        producedTo: dateSchema.optional(),
        expiresFrom: dateSchema.optional(),
        expiresTo: dateSchema.optional(),
      }),
      response: page(lot),
      role: "viewer",
      read: (organizationId, query) => listLots(db, organizationId, query),
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/lots/:lotId",
      tags: ["master data"],
      summary: "A lot",
      params: lotParams,
      response: lot,
      role: "viewer",
      handle: ({ params }) => getLot(db, params.orgId, params.lotId),
    });

    orgRoute(app, {
      method: "PATCH",
      url: "/orgs/:orgId/lots/:lotId",
      tags: ["master data"],
      summary: "Update a lot's dates, quantity or unit (the lot code does not change)",
      params: lotParams,
      body: fields.partial().strict(),
      response: lot,
      role: "operator",
      handle: ({ params, body }) => updateLot(db, params.orgId, params.lotId, body),
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/lots/:lotId/events",
      tags: ["events"],
      summary:
        "The lot's record as the organisation may see it, oldest first: its own events and its custody partners' public and partner-visible ones",
      params: lotParams,
      querystring: z.object({
        limit: z.coerce.number().int().min(1).max(500).default(100),
        cursor: z.string().max(200).optional(),
      }),
      response: z.object({
        items: z.array(
          queriedEvent.extend({
            organization: z.object({ id: z.uuid(), name: z.string() }),
            visibility: eventVisibility,
          }),
        ),
        nextCursor: z.string().nullable(),
      }),
      role: "viewer",
      handle: ({ params, query }) =>
        listLotEvents(db, { organizationId: params.orgId, lotId: params.lotId, ...query }),
    });

    app.get(
      "/orgs/:orgId/lots/:lotId/plots",
      {
        schema: {
          tags: ["master data"],
          summary:
            "The EUDR plots of the lot's places as GeoJSON for a due diligence statement (the EU Information System's GeoJSON file description): the organisation's own plots and its partners' public ones",
          params: lotParams,
          response: {
            200: {
              description: "The plots, a GeoJSON FeatureCollection (an attachment)",
              content: { "application/geo+json": { schema: eudrFeatureCollection } },
            },
          },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        const collection = await lotPlots(db, {
          organizationId: request.params.orgId,
          lotId: request.params.lotId,
        });
        reply.header("content-type", "application/geo+json; charset=utf-8");
        reply.header(
          "content-disposition",
          `attachment; filename="eudr-plots-${request.params.lotId}.geojson"`,
        );
        return collection;
      },
    );

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/lots/:lotId/documents",
      tags: ["documents"],
      summary: "Documents attached to the lot's events, newest first (download each by its sha256)",
      params: lotParams,
      querystring: pageQuery.extend({ cursor: z.string().max(200).optional() }),
      response: z.object({ items: z.array(lotDocument), nextCursor: z.string().nullable() }),
      role: "viewer",
      handle: ({ params, query }) =>
        listLotDocuments(db, { organizationId: params.orgId, lotId: params.lotId, ...query }),
    });
  };
}
