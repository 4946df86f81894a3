import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import {
  deliveryStatuses,
  listWebhookDeliveries,
  redeliverWebhookDelivery,
  sendTestDelivery,
} from "../../services/webhooks/webhookDeliveries.ts";
import {
  checkWebhookUrl,
  createWebhook,
  deleteWebhook,
  listWebhooks,
  updateWebhook,
  webhookEvents,
} from "../../services/webhooks/webhooks.ts";
import { lookupHost } from "../../webhooks/checkWebhookTarget.ts";
import { orgRead } from "../orgRead.ts";
import { orgRoute } from "../orgRoute.ts";
import { orgParams, sequenceCursor } from "../schemas.ts";

const webhook = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.date(),
});
const fields = z.object({
  url: z.string().trim().max(2048),
  events: z.array(z.enum(webhookEvents)).min(1),
  active: z.boolean(),
});
const webhookParams = orgParams.extend({ webhookId: z.uuid() });
const deliveryParams = webhookParams.extend({
  deliveryId: z.string().regex(/^[1-9]\d{0,18}$/, "must be a delivery's id"),
});
const delivery = z.object({
  id: z.string(),
  type: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
});
const deliveryPage = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  cursor: sequenceCursor.optional(),
});

/** Webhooks an organisation receives (delivered by the pipeline, signed with HMAC-SHA256). */
export function webhookRoutes({
  db,
  config,
  lookupHost: lookup = lookupHost,
}: AppContext): FastifyPluginAsyncZod {
  const targetCheck = { allowLoopback: config.webhookAllowHttpLocalhost, lookup, field: "body.url" };
  return async (app) => {
    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/webhooks",
      tags: ["webhooks"],
      summary: "Add a webhook (https to a public address); its signing secret is shown once",
      body: fields.pick({ url: true, events: true }),
      status: 201,
      response: webhook.extend({ secret: z.string() }),
      role: "admin",
      handle: async ({ params, body }) => {
        await checkWebhookUrl(body.url, targetCheck);
        return createWebhook(db, params.orgId, body);
      },
    });

    orgRead(app, {
      url: "/orgs/:orgId/webhooks",
      tags: ["webhooks"],
      summary: "Webhooks",
      response: z.array(webhook),
      role: "admin",
      read: (organizationId) => listWebhooks(db, organizationId),
    });

    orgRoute(app, {
      method: "PATCH",
      url: "/orgs/:orgId/webhooks/:webhookId",
      tags: ["webhooks"],
      summary: "Change a webhook's URL, events or active flag",
      params: webhookParams,
      body: fields.partial().strict(),
      response: webhook,
      role: "admin",
      handle: async ({ params, body }) => {
        if (body.url !== undefined) await checkWebhookUrl(body.url, targetCheck);
        return updateWebhook(db, params.orgId, params.webhookId, body);
      },
    });

    orgRoute(app, {
      method: "DELETE",
      url: "/orgs/:orgId/webhooks/:webhookId",
      tags: ["webhooks"],
      summary: "Delete a webhook",
      params: webhookParams,
      status: 204,
      response: z.null().describe("Deleted"),
      role: "admin",
      handle: ({ params }) => deleteWebhook(db, params.orgId, params.webhookId),
    });

    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/webhooks/:webhookId/test",
      tags: ["webhooks"],
      summary: "Send a signed test delivery (type test) to the webhook; it appears in its delivery log",
      params: webhookParams,
      status: 202,
      response: delivery,
      role: "admin",
      handle: ({ params: { orgId: organizationId, webhookId } }) =>
        sendTestDelivery(db, { organizationId, webhookId, targetCheck }),
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/webhooks/:webhookId/deliveries",
      tags: ["webhooks"],
      summary: "The webhook's delivery log, newest first: status, attempts, last answer, next attempt",
      params: webhookParams,
      querystring: deliveryPage,
      response: z.object({ items: z.array(delivery), nextCursor: z.string().nullable() }),
      role: "admin",
      handle: ({ params: { orgId: organizationId, webhookId }, query }) =>
        listWebhookDeliveries(db, { organizationId, webhookId, ...query }),
    });

    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/webhooks/:webhookId/deliveries/:deliveryId/redeliver",
      tags: ["webhooks"],
      summary: "Send a delivered or given-up delivery again (a new delivery with the same type and data)",
      params: deliveryParams,
      status: 202,
      response: delivery,
      role: "admin",
      handle: ({ params: { orgId: organizationId, webhookId, deliveryId } }) =>
        redeliverWebhookDelivery(db, { organizationId, webhookId, deliveryId, targetCheck }),
    });
  };
}
