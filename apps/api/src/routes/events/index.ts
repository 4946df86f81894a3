import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { captureEvent } from "../../capture/captureEvent.ts";
import { correctEvent } from "../../capture/correctEvent.ts";
import type { AppContext } from "../../context.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { getEventDetail } from "../../services/events/getEventDetail.ts";
import { correction, eventDetail, eventVisibility, simpleEvent } from "../../services/events/schemas.ts";
import { setEventVisibility } from "../../services/events/setEventVisibility.ts";
import { orgRoute } from "../orgRoute.ts";
import { orgParams } from "../schemas.ts";

const eventParams = orgParams.extend({ eventId: z.uuid() });

/** Capturing events one at a time (the dashboard's simple form), reading one, correcting one, changing who sees one. Events are never edited. */
export function eventRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/orgs/:orgId/events",
      {
        schema: {
          tags: ["events"],
          summary:
            "Record an event (simple form; built and validated as EPCIS 2.0, idempotent by event hash)",
          description:
            "201 with the new event; 200 with the stored one when the same event (same event hash) was recorded before.",
          params: orgParams,
          body: simpleEvent,
          response: { 200: eventDetail, 201: eventDetail },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "operator");
        const { created, event } = await captureEvent(db, {
          organizationId: request.params.orgId,
          input: request.body,
        });
        return reply.code(created ? 201 : 200).send(event);
      },
    );

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/events/:eventId",
      tags: ["events"],
      summary: "An event: EPCIS document, hash, leaf, anchor, attachments, identifiers",
      params: eventParams,
      response: eventDetail,
      role: "viewer",
      handle: ({ params }) => getEventDetail(db, { organizationId: params.orgId, eventId: params.eventId }),
    });

    orgRoute(app, {
      method: "PUT",
      url: "/orgs/:orgId/events/:eventId/visibility",
      tags: ["events"],
      summary: "Change who may see an event (public, partners, private); the change is recorded",
      params: eventParams,
      body: z.strictObject({ visibility: eventVisibility }),
      response: eventDetail,
      role: "operator",
      handle: ({ params, body, principal }) =>
        setEventVisibility(db, {
          organizationId: params.orgId,
          eventId: params.eventId,
          visibility: body.visibility,
          principal,
        }),
    });

    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/events/:eventId/corrections",
      tags: ["events"],
      summary: "Correct an event: an EPCIS error declaration plus the corrective event, in one transaction",
      params: eventParams,
      body: correction,
      status: 201,
      response: z.object({ declaration: eventDetail, corrective: eventDetail.nullable() }),
      role: "operator",
      handle: ({ params, body }) =>
        correctEvent(db, { organizationId: params.orgId, eventId: params.eventId, input: body }),
    });
  };
}
