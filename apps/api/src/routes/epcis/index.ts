import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import {
  EPCIS_BINDING_ROUTE,
  EPCIS_CONTEXT,
  epcisProblem,
  negotiateEpcis,
  queryDocument,
  requireEpcisClient,
} from "../../epcis/binding.ts";
import { pagingSchema, parseEventQuery, parsePaging } from "../../epcis/eventQueryParameters.ts";
import { parseSubscriptionControls } from "../../epcis/subscriptionControls.ts";
import { epcisVocabulary, type VocabularyKind } from "../../services/events/epcisVocabulary.ts";
import { queryEpcisEvents, toEpcisEvent } from "../../services/events/queryEpcisEvents.ts";
import type { EventQuery } from "../../services/events/queryEvents.ts";
import { discoveryRoute } from "./discovery.ts";
import { epcisCollection, epcisQueryDocument, epcisResponse } from "./responses.ts";
import { webSocketSubscription } from "./webSocketSubscription.ts";

const EVENT_TYPES = [
  "AggregationEvent",
  "AssociationEvent",
  "ObjectEvent",
  "TransactionEvent",
  "TransformationEvent",
] as const;
const PAGING = ["perPage", "nextPageToken"];
/** The binding's top-level resources (`TopLevelResources`), all served here. */
const TOP_LEVEL = [
  "queries",
  "capture",
  "events",
  "eventTypes",
  "epcs",
  "readPoints",
  "bizLocations",
  "dispositions",
  "bizSteps",
] as const;

/** Anything in a query string: the binding's parameters are read (and refused) by `parseEventQuery`. */
const anyQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const passThrough = () => (data: unknown) => ({ value: data });

const queryDescription = `EPCIS 2.0 SimpleEventQuery parameters in the query string (list values separated by \`|\`):
eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition, EQ_/WD_readPoint,
EQ_/WD_bizLocation, MATCH_*, EQ_eventID, EQ_bizTransaction_{type}, EQ_source_{type}, EQ_destination_{type},
EQ_ILMD_{field}, orderBy (eventTime, recordTime), orderDirection, eventCountLimit, maxEventCount; paging with
\`perPage\` (default 30, at most 500) and \`nextPageToken\` from the \`Link: <…>; rel="next"\` header. Identifiers
are accepted as EPC URIs or GS1 Digital Links. WD_ finds a GLN's site and every sub-location of it (its
GLN extensions). Answers an EPCISQueryDocument (application/json, or application/ld+json when asked).`;

/**
 * The query side of the EPCIS 2.0 REST binding (GS1 `REST Bindings/openapi.yaml`) for API keys,
 * over their organisation's events: `/events`, `/events/{eventID}`, the top-level resources
 * (`/eventTypes`, `/epcs`, `/bizSteps`, `/bizLocations`, `/readPoints`, `/dispositions`, each
 * with `/{id}` and `/{id}/events`).
 */
export function epcisQueryRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const sendEvents = async (request: FastifyRequest, reply: FastifyReply, fixed: EventQuery = {}) => {
      const { organizationId } = requireEpcisClient(request);
      negotiateEpcis(request, reply);
      const raw = request.query as Record<string, unknown>;
      const paging = parsePaging(raw);
      const parsed = parseEventQuery(raw, PAGING);
      const page = await queryEpcisEvents(db, {
        organizationId,
        ...parsed,
        query: { ...parsed.query, ...fixed },
        ...paging,
      });
      if (page.nextPageToken) reply.header("link", nextLink(request.url, page.nextPageToken));
      return queryDocument("SimpleEventQuery", page.eventList);
    };

    const collection = (member: string[]) => ({
      "@context": EPCIS_CONTEXT,
      type: "Collection" as const,
      member,
    });

    const eventsSchema = (summary: string, params?: z.ZodObject) => ({
      schema: {
        tags: ["epcis"],
        summary,
        description: queryDescription,
        ...(params ? { params } : {}),
        querystring: anyQuery,
        response: {
          200: epcisResponse("The events, a page at a time (`Link` names the next)", epcisQueryDocument),
        },
      },
      validatorCompiler: passThrough,
    });

    // With Upgrade: websocket and stream=true or schedule parameters, a subscription to the query the others make.
    const subscription = webSocketSubscription(db, async (request) => {
      const { organizationId, apiKeyId } = requireEpcisClient(request);
      const raw = request.query as Record<string, unknown>;
      const { controls, rest } = parseSubscriptionControls(raw, new Date());
      return {
        organizationId,
        apiKeyId,
        queryId: null,
        queryName: "SimpleEventQuery",
        query: parseEventQuery(rest),
        controls,
      };
    });
    app.get(
      "/events",
      { ...subscription, ...eventsSchema("EPCIS 2.0: the API key's organisation's events") },
      (request, reply) => sendEvents(request, reply),
    );

    discoveryRoute(app, "/", { allow: "OPTIONS, GET", summary: "the interface's versions" });
    app.get(
      "/",
      {
        config: EPCIS_BINDING_ROUTE,
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: the top-level resources of this repository",
          response: { 200: epcisResponse("The top-level resources", epcisCollection) },
        },
      },
      async (request, reply) => {
        requireEpcisClient(request);
        negotiateEpcis(request, reply);
        return collection([...TOP_LEVEL]);
      },
    );
    discoveryRoute(app, "/events", {
      allow: "OPTIONS, GET, POST",
      summary: "events (GET queries them, POST captures one)",
    });
    const eventIDParams = z.object({ eventID: z.string().min(1).max(500) });
    const findEvent = async (organizationId: string, eventID: string) => {
      const event = await db.prisma.event.findFirst({
        where: {
          organizationId,
          OR: [{ eventHash: eventID }, { document: { path: ["eventID"], equals: eventID } }],
        },
        select: { eventHash: true, document: true, recordTime: true },
      });
      if (!event) throw epcisProblem(404, "noSuchName", `No event ${eventID} in your organisation's record.`);
      return event;
    };
    discoveryRoute(app, "/events/:eventID", {
      allow: "OPTIONS, GET",
      summary: "one event",
      params: eventIDParams,
      check: async (request, organizationId) => {
        await findEvent(organizationId, (request.params as z.infer<typeof eventIDParams>).eventID);
        return undefined;
      },
    });
    app.get(
      "/events/:eventID",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: one event by its eventID (an EPCISQueryDocument with that event)",
          params: eventIDParams,
          response: { 200: epcisResponse("The event", epcisQueryDocument) },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request);
        negotiateEpcis(request, reply);
        const event = await findEvent(organizationId, request.params.eventID);
        return queryDocument("SimpleEventQuery", [
          toEpcisEvent({ ...event, document: event.document as Record<string, unknown> }),
        ]);
      },
    );

    discoveryRoute(app, "/eventTypes", { allow: "OPTIONS, GET", summary: "the event types" });
    app.get(
      "/eventTypes",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: the event types this repository holds",
          response: { 200: epcisResponse("The event types", epcisCollection) },
        },
      },
      async (request, reply) => {
        requireEpcisClient(request);
        negotiateEpcis(request, reply);
        return collection([...EVENT_TYPES]);
      },
    );
    const eventTypeParams = z.object({
      eventType: z
        .string()
        .min(1)
        .max(100)
        .meta({ examples: ["ObjectEvent"] }),
    });
    const knownEventType = (eventType: string) => {
      if (!(EVENT_TYPES as readonly string[]).includes(eventType)) {
        throw epcisProblem(404, "noSuchName", `${eventType} is not an EPCIS 2.0 event type.`);
      }
      return eventType as (typeof EVENT_TYPES)[number];
    };
    const eventTypeExists = async (request: FastifyRequest) => {
      knownEventType((request.params as z.infer<typeof eventTypeParams>).eventType);
      return undefined;
    };
    for (const [url, summary] of [
      ["/eventTypes/:eventType", "an event type"],
      ["/eventTypes/:eventType/events", "the events of an event type"],
    ] as const) {
      discoveryRoute(app, url, {
        allow: "OPTIONS, GET",
        summary,
        params: eventTypeParams,
        check: eventTypeExists,
      });
    }
    app.get(
      "/eventTypes/:eventType",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: an event type's sub-resources",
          params: eventTypeParams,
          response: { 200: epcisResponse("Its sub-resources", epcisCollection) },
        },
      },
      async (request, reply) => {
        requireEpcisClient(request);
        negotiateEpcis(request, reply);
        knownEventType(request.params.eventType);
        return collection(["events"]);
      },
    );
    app.get(
      "/eventTypes/:eventType/events",
      eventsSchema("EPCIS 2.0: the events of one event type", eventTypeParams),
      (request, reply) => {
        const { eventType } = request.params as z.infer<typeof eventTypeParams>;
        return sendEvents(request, reply, { eventType: [knownEventType(eventType)] });
      },
    );

    // /epcs, /bizSteps, /bizLocations, /readPoints, /dispositions: a collection, a member, its events.
    const resources: [string, VocabularyKind, (value: string) => EventQuery][] = [
      ["epcs", "epc", (value) => ({ MATCH_anyEPC: [value] })],
      ["bizSteps", "bizStep", (value) => ({ EQ_bizStep: [value] })],
      ["bizLocations", "bizLocation", (value) => ({ EQ_bizLocation: [value] })],
      ["readPoints", "readPoint", (value) => ({ EQ_readPoint: [value] })],
      ["dispositions", "disposition", (value) => ({ EQ_disposition: [value] })],
    ];
    const memberParams = z.object({ id: z.string().min(1).max(500) });
    for (const [resource, kind, queryOf] of resources) {
      discoveryRoute(app, `/${resource}`, { allow: "OPTIONS, GET", summary: `the ${resource}` });
      discoveryRoute(app, `/${resource}/:id`, {
        allow: "OPTIONS, GET",
        summary: `one of the ${resource}`,
        params: memberParams,
        check: async (request, organizationId) => {
          await knownMember(organizationId, kind, (request.params as z.infer<typeof memberParams>).id);
          return undefined;
        },
      });
      discoveryRoute(app, `/${resource}/:id/events`, {
        allow: "OPTIONS, GET",
        summary: `the events of one of the ${resource}`,
        params: memberParams,
      });
      app.get(
        `/${resource}`,
        {
          schema: {
            tags: ["epcis"],
            summary: `EPCIS 2.0: the ${resource} of the organisation's events (and, for CBV vocabularies, the standard's)`,
            querystring: pagingSchema,
            response: { 200: epcisResponse("A page of them (`Link` names the next)", epcisCollection) },
          },
        },
        async (request, reply) => {
          const { organizationId } = requireEpcisClient(request);
          negotiateEpcis(request, reply);
          const all = await epcisVocabulary(db, organizationId, kind);
          const { perPage, nextPageToken } = request.query;
          const start = nextPageToken === undefined ? 0 : offsetOf(nextPageToken);
          const member = all.slice(start, start + perPage);
          if (start + perPage < all.length) {
            reply.header("link", nextLink(request.url, String(start + perPage)));
          }
          return collection(member);
        },
      );
      app.get(
        `/${resource}/:id`,
        {
          schema: {
            tags: ["epcis"],
            summary: `EPCIS 2.0: one of the ${resource}' sub-resources`,
            params: memberParams,
            response: { 200: epcisResponse("Its sub-resources", epcisCollection) },
          },
        },
        async (request, reply) => {
          const { organizationId } = requireEpcisClient(request);
          negotiateEpcis(request, reply);
          await knownMember(organizationId, kind, request.params.id);
          return collection(["events"]);
        },
      );
      app.get(
        `/${resource}/:id/events`,
        eventsSchema(`EPCIS 2.0: the events of one of the ${resource}`, memberParams),
        (request, reply) => {
          const { id } = request.params as z.infer<typeof memberParams>;
          return sendEvents(request, reply, queryOf(id));
        },
      );
    }

    const knownMember = async (organizationId: string, kind: VocabularyKind, value: string) => {
      const known = await epcisVocabulary(db, organizationId, kind);
      const hits = await queryEpcisEvents(db, {
        organizationId,
        query: resources.find(([, k]) => k === kind)?.[2](value) ?? {},
        orderBy: "eventTime",
        orderDirection: "ASC",
        eventCountLimit: undefined,
        maxEventCount: undefined,
        perPage: 1,
      });
      if (!known.includes(value) && hits.eventList.length === 0) {
        throw epcisProblem(
          404,
          "noSuchName",
          `${value} is not among the ${kind} values this repository knows.`,
        );
      }
    };
  };
}

/** The `Link` header of the next page: the same request with `nextPageToken` set. */
export function nextLink(url: string, token: string): string {
  const [path = "", search = ""] = url.split("?");
  const params = new URLSearchParams(search);
  params.set("nextPageToken", token);
  return `<${path}?${params.toString()}>; rel="next"`;
}

function offsetOf(token: string): number {
  if (!/^\d{1,9}$/.test(token)) {
    throw epcisProblem(
      400,
      "queryParameter",
      "querystring.nextPageToken: not a nextPageToken this API gave out",
      [{ field: "querystring.nextPageToken", message: "not a nextPageToken this API gave out" }],
    );
  }
  return Number(token);
}
