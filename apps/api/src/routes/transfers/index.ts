import { dateTimeSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { eventDetail, eventVisibility, place, quantity, sha256Hex } from "../../services/events/schemas.ts";
import { listTransfers } from "../../services/transfers/listTransfers.ts";
import { receiveTransfer } from "../../services/transfers/receiveTransfer.ts";
import { orgRoute } from "../orgRoute.ts";
import { lotNaming, orgParams, page, pageQuery, transferStatus } from "../schemas.ts";

const party = z.object({ id: z.uuid(), name: z.string(), gln: z.string().nullable() });
const eventRef = z.object({ eventHash: z.string(), eventTime: z.date() });
const transfer = z.object({
  id: z.uuid(),
  status: transferStatus,
  from: party,
  to: party,
  lot: z.object({ id: z.uuid(), ...lotNaming.shape }),
  shipping: eventRef,
  receiving: eventRef.nullable(),
  createdAt: z.date(),
  completedAt: z.date().nullable(),
});

/** Custody transfers between organisations: opened by shipping, completed by receiving. */
export function transferRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/transfers",
      tags: ["custody"],
      summary: "Incoming or outgoing custody transfers",
      querystring: z.object({
        direction: z.enum(["incoming", "outgoing"]),
        status: transferStatus.optional(),
        ...pageQuery.shape,
      }),
      response: page(transfer),
      role: "viewer",
      handle: ({ params, query }) => listTransfers(db, { organizationId: params.orgId, ...query }),
    });

    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/transfers/:transferId/receive",
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
      status: 201,
      response: z.object({ transferId: z.uuid(), event: eventDetail }),
      role: "operator",
      handle: ({ params, body }) =>
        receiveTransfer(db, { organizationId: params.orgId, transferId: params.transferId, input: body }),
    });
  };
}
