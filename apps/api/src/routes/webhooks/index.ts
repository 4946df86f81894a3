import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import {
  checkWebhookUrl,
  createWebhook,
  deleteWebhook,
  listWebhooks,
  updateWebhook,
  webhookEvents,
} from "../../services/webhooks.ts";
import { lookupHost } from "../../webhooks/checkWebhookTarget.ts";
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

    app.get(
      "/orgs/:orgId/webhooks",
      {
        schema: {
          tags: ["webhooks"],
          summary: "Webhooks",
          params: orgParams,
          response: { 200: z.array(webhook) },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "admin");
        return listWebhooks(db, request.params.orgId);
      },
    );

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
      { schema: { tags: ["webhooks"], summary: "Delete a webhook", params: webhookParams } },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "admin");
        await deleteWebhook(db, request.params.orgId, request.params.webhookId);
        return reply.code(204).send();
      },
    );
  };
}
