import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { captureEvent } from "../../capture/captureEvent.ts";
import { correctEvent } from "../../capture/correctEvent.ts";
import type { AppContext } from "../../context.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { getEventDetail } from "../../services/events/getEventDetail.ts";
import { correction, eventDetail, eventVisibility, simpleEvent } from "../../services/events/schemas.ts";
import { setEventVisibility } from "../../services/events/setEventVisibility.ts";
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

    app.get(
      "/orgs/:orgId/events/:eventId",
      {
        schema: {
          tags: ["events"],
          summary: "An event: EPCIS document, hash, leaf, anchor, attachments, identifiers",
          params: eventParams,
          response: { 200: eventDetail },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        return getEventDetail(db, { organizationId: request.params.orgId, eventId: request.params.eventId });
      },
    );

    app.put(
      "/orgs/:orgId/events/:eventId/visibility",
      {
        schema: {
          tags: ["events"],
          summary: "Change who may see an event (public, partners, private); the change is recorded",
          params: eventParams,
          body: z.strictObject({ visibility: eventVisibility }),
          response: { 200: eventDetail },
        },
      },
      async (request) => {
        const principal = requireOrgRole(request, request.params.orgId, "operator");
        return setEventVisibility(db, {
          organizationId: request.params.orgId,
          eventId: request.params.eventId,
          visibility: request.body.visibility,
          principal,
        });
      },
    );

    app.post(
      "/orgs/:orgId/events/:eventId/corrections",
      {
        schema: {
          tags: ["events"],
          summary:
            "Correct an event: an EPCIS error declaration plus the corrective event, in one transaction",
          params: eventParams,
          body: correction,
          response: { 201: z.object({ declaration: eventDetail, corrective: eventDetail.nullable() }) },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "operator");
        const result = await correctEvent(db, {
          organizationId: request.params.orgId,
          eventId: request.params.eventId,
          input: request.body,
        });
        return reply.code(201).send(result);
      },
    );
  };
}
