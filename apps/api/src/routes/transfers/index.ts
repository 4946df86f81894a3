import { dateTimeSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { eventDetail, eventVisibility, place, quantity, sha256Hex } from "../../services/events/schemas.ts";
import { listTransfers } from "../../services/transfers/listTransfers.ts";
import { receiveTransfer } from "../../services/transfers/receiveTransfer.ts";
import { orgParams } from "../schemas.ts";

const party = z.object({ id: z.uuid(), name: z.string(), gln: z.string().nullable() });
const eventRef = z.object({ eventHash: z.string(), eventTime: z.date() });
const transfer = z.object({
  id: z.uuid(),
  status: z.enum(["pending", "completed", "cancelled"]),
  from: party,
  to: party,
  lot: z.object({ id: z.uuid(), lotCode: z.string(), gtin: z.string(), productName: z.string() }),
  shipping: eventRef,
  receiving: eventRef.nullable(),
  createdAt: z.date(),
  completedAt: z.date().nullable(),
});

/** Custody transfers between organisations: opened by shipping, completed by receiving. */
export function transferRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/orgs/:orgId/transfers",
      {
        schema: {
          tags: ["custody"],
          summary: "Incoming or outgoing custody transfers",
          params: orgParams,
          querystring: z.object({
            direction: z.enum(["incoming", "outgoing"]),
            status: z.enum(["pending", "completed", "cancelled"]).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            cursor: z.uuid().optional(),
          }),
          response: { 200: z.object({ items: z.array(transfer), nextCursor: z.uuid().nullable() }) },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        return listTransfers(db, { organizationId: request.params.orgId, ...request.query });
      },
    );

    app.post(
      "/orgs/:orgId/transfers/:transferId/receive",
      {
        schema: {
          tags: ["custody"],
          summary: "Receive an incoming transfer: records the receiving event, which completes it",
          params: orgParams.extend({ transferId: z.uuid() }),
          body: z
            .strictObject({
              eventTime: dateTimeSchema.optional(),
              disposition: z.string().min(1).max(200).optional(),
              readPoint: place.optional(),
              bizLocation: place.optional(),
              quantity: quantity.optional(),
              documents: z.array(sha256Hex).max(100).optional(),
              /** Who may see the receiving event; default the organisation's for receiving. */
              visibility: eventVisibility.optional(),
            })
            .default({}),
          response: { 201: z.object({ transferId: z.uuid(), event: eventDetail }) },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "operator");
        const result = await receiveTransfer(db, {
          organizationId: request.params.orgId,
          transferId: request.params.transferId,
          input: request.body,
        });
        return reply.code(201).send(result);
      },
    );
  };
}
