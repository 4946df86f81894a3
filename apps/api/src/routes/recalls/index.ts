import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { chainStatus } from "../../services/events/schemas.ts";
import { listRecallsAffecting } from "../../services/recalls/listRecallsAffecting.ts";
import { declareRecall, getRecall, liftRecall, listRecalls } from "../../services/recalls/recalls.ts";
import { orgRead } from "../orgRead.ts";
import { orgParams, page, pageQuery } from "../schemas.ts";

const recall = z.object({
  id: z.uuid(),
  lotId: z.uuid(),
  lotCode: z.string(),
  gtin: z.string(),
  productName: z.string(),
  reason: z.string(),
  reasonHash: z.string(),
  status: z.enum(["active", "lifted"]),
  declaredById: z.uuid().nullable(),
  declaredAt: z.date(),
  liftedAt: z.date().nullable(),
  liftReason: z.string().nullable(),
  chainStatus,
  txHash: z.string().nullable(),
});
const reason = z.string().trim().min(1).max(2000);
const lotFace = { gtin: z.string(), lotCode: z.string(), productName: z.string(), organisation: z.string() };
const affecting = z.object({
  recall: z.object({
    id: z.uuid(),
    ...lotFace,
    reason: z.string(),
    declaredAt: z.date(),
    chainStatus,
    own: z.boolean(),
  }),
  lot: z.object({ id: z.uuid(), ...lotFace, relation: z.enum(["owned", "received"]) }),
  path: z.array(
    z.object({
      gtin: z.string().nullable(),
      lotCode: z.string().nullable(),
      organisation: z.string().nullable(),
      identifier: z.string().nullable(),
      via: z.enum(["transformation", "aggregation"]).nullable(),
    }),
  ),
  received: z.array(
    z.object({
      from: z.string(),
      shippedAt: z.date(),
      receivedAt: z.date().nullable(),
      status: z.enum(["pending", "completed"]),
    }),
  ),
  lastLocation: z.object({ uri: z.string(), name: z.string().nullable(), seenAt: z.date() }).nullable(),
});
const recallParams = orgParams.extend({ recallId: z.uuid() });

/** Recalls of an organisation's lots: public and serious, so admins and owners declare and lift them. */
export function recallRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/orgs/:orgId/recalls",
      {
        schema: {
          tags: ["recalls"],
          summary: "Declare a recall of a lot (public at once; declared on chain by the submitter)",
          params: orgParams,
          body: z.object({ lotId: z.uuid(), reason }),
          response: { 201: recall },
        },
      },
      async (request, reply) => {
        const principal = requireOrgRole(request, request.params.orgId, "admin");
        const declared = await declareRecall(db, {
          organizationId: request.params.orgId,
          ...request.body,
          declaredById: principal.kind === "user" ? principal.userId : null,
        });
        return reply.code(201).send(declared);
      },
    );

    app.post(
      "/orgs/:orgId/recalls/:recallId/lift",
      {
        schema: {
          tags: ["recalls"],
          summary: "Lift an active recall, with a reason",
          params: recallParams,
          body: z.object({ reason }),
          response: { 200: recall },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "admin");
        return liftRecall(db, {
          organizationId: request.params.orgId,
          recallId: request.params.recallId,
          reason: request.body.reason,
        });
      },
    );

    orgRead(app, {
      url: "/orgs/:orgId/recalls",
      tags: ["recalls"],
      summary: "Recalls, newest first, by status and lot",
      querystring: pageQuery.extend({
        status: z.enum(["active", "lifted"]).optional(),
        lotId: z.uuid().optional(),
      }),
      response: page(recall),
      role: "viewer",
      read: (organizationId, query) => listRecalls(db, organizationId, query),
    });

    app.get(
      "/orgs/:orgId/recalls/affecting",
      {
        schema: {
          tags: ["recalls"],
          summary:
            "Active recalls reaching the organisation's lots or lots it received (downstream through transformations, aggregations and custody)",
          params: orgParams,
          response: { 200: z.object({ items: z.array(affecting) }) },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        return listRecallsAffecting(db, { organizationId: request.params.orgId });
      },
    );

    app.get(
      "/orgs/:orgId/recalls/:recallId",
      { schema: { tags: ["recalls"], summary: "A recall", params: recallParams, response: { 200: recall } } },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        return getRecall(db, request.params.orgId, request.params.recallId);
      },
    );
  };
}
