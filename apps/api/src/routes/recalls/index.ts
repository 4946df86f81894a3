import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { chainStatus } from "../../services/events/schemas.ts";
import { listRecallsAffecting } from "../../services/recalls/listRecallsAffecting.ts";
import { declareRecall, getRecall, liftRecall, listRecalls } from "../../services/recalls/recalls.ts";
import { orgRead } from "../orgRead.ts";
import { orgRoute } from "../orgRoute.ts";
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
    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/recalls",
      tags: ["recalls"],
      summary: "Declare a recall of a lot (public at once; declared on chain by the submitter)",
      body: z.object({ lotId: z.uuid(), reason }),
      status: 201,
      response: recall,
      role: "admin",
      handle: ({ params, body, principal }) =>
        declareRecall(db, {
          organizationId: params.orgId,
          ...body,
          declaredById: principal.kind === "user" ? principal.userId : null,
        }),
    });

    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/recalls/:recallId/lift",
      tags: ["recalls"],
      summary: "Lift an active recall, with a reason",
      params: recallParams,
      body: z.object({ reason }),
      response: recall,
      role: "admin",
      handle: ({ params, body }) =>
        liftRecall(db, { organizationId: params.orgId, recallId: params.recallId, reason: body.reason }),
    });

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

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/recalls/affecting",
      tags: ["recalls"],
      summary:
        "Active recalls reaching the organisation's lots or lots it received (downstream through transformations, aggregations and custody)",
      response: z.object({ items: z.array(affecting) }),
      role: "viewer",
      handle: ({ params }) => listRecallsAffecting(db, { organizationId: params.orgId }),
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/recalls/:recallId",
      tags: ["recalls"],
      summary: "A recall",
      params: recallParams,
      response: recall,
      role: "viewer",
      handle: ({ params }) => getRecall(db, params.orgId, params.recallId),
    });
  };
}
