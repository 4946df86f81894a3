import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
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
import { orgParams } from "../schemas.ts";

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
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,18}$/, "must be the nextCursor of the previous page")
    .optional(),
});

/** Webhooks an organisation receives (delivered by the pipeline, signed with HMAC-SHA256). */
export function webhookRoutes({
  db,
  config,
  lookupHost: lookup = lookupHost,
}: AppContext): FastifyPluginAsyncZod {
  const targetCheck = { allowLoopback: config.webhookAllowHttpLocalhost, lookup, field: "body.url" };
  return async (app) => {
    app.post(
      "/orgs/:orgId/webhooks",
      {
        schema: {
          tags: ["webhooks"],
          summary: "Add a webhook (https to a public address); its signing secret is shown once",
          params: orgParams,
          body: fields.pick({ url: true, events: true }),
          response: { 201: webhook.extend({ secret: z.string() }) },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "admin");
        await checkWebhookUrl(request.body.url, targetCheck);
        return reply.code(201).send(await createWebhook(db, request.params.orgId, request.body));
      },
    );

    orgRead(app, {
      url: "/orgs/:orgId/webhooks",
      tags: ["webhooks"],
      summary: "Webhooks",
      response: z.array(webhook),
      role: "admin",
      read: (organizationId) => listWebhooks(db, organizationId),
    });

    app.patch(
      "/orgs/:orgId/webhooks/:webhookId",
      {
        schema: {
          tags: ["webhooks"],
          summary: "Change a webhook's URL, events or active flag",
          params: webhookParams,
          body: fields.partial().strict(),
          response: { 200: webhook },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "admin");
        if (request.body.url !== undefined) await checkWebhookUrl(request.body.url, targetCheck);
        return updateWebhook(db, request.params.orgId, request.params.webhookId, request.body);
      },
    );

    app.delete(
      "/orgs/:orgId/webhooks/:webhookId",
      {
        schema: {
          tags: ["webhooks"],
          summary: "Delete a webhook",
          params: webhookParams,
          response: { 204: z.null().describe("Deleted") },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "admin");
        await deleteWebhook(db, request.params.orgId, request.params.webhookId);
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/orgs/:orgId/webhooks/:webhookId/test",
      {
        schema: {
          tags: ["webhooks"],
          summary: "Send a signed test delivery (type test) to the webhook; it appears in its delivery log",
          params: webhookParams,
          response: { 202: delivery },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "admin");
        const { orgId: organizationId, webhookId } = request.params;
        return reply.code(202).send(await sendTestDelivery(db, { organizationId, webhookId, targetCheck }));
      },
    );

    app.get(
      "/orgs/:orgId/webhooks/:webhookId/deliveries",
      {
        schema: {
          tags: ["webhooks"],
          summary: "The webhook's delivery log, newest first: status, attempts, last answer, next attempt",
          params: webhookParams,
          querystring: deliveryPage,
          response: { 200: z.object({ items: z.array(delivery), nextCursor: z.string().nullable() }) },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "admin");
        const { orgId: organizationId, webhookId } = request.params;
        return listWebhookDeliveries(db, { organizationId, webhookId, ...request.query });
      },
    );

    app.post(
      "/orgs/:orgId/webhooks/:webhookId/deliveries/:deliveryId/redeliver",
      {
        schema: {
          tags: ["webhooks"],
          summary: "Send a delivered or given-up delivery again (a new delivery with the same type and data)",
          params: deliveryParams,
          response: { 202: delivery },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "admin");
        const { orgId: organizationId, webhookId, deliveryId } = request.params;
        return reply
          .code(202)
          .send(await redeliverWebhookDelivery(db, { organizationId, webhookId, deliveryId, targetCheck }));
      },
    );
  };
}
