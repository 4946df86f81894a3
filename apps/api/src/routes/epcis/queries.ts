import type { Database, Prisma } from "@tracemark/db";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { epcisProblem, negotiateEpcis, queryDocument, requireEpcisClient } from "../../epcis/binding.ts";
import { pagingSchema, parseEventQuery, parsePaging } from "../../epcis/eventQueryParameters.ts";
import { parseSubscriptionControls } from "../../epcis/subscriptionControls.ts";
import { rethrowUniqueViolation } from "../../errors/uniqueViolation.ts";
import { queryEpcisEvents } from "../../services/events/queryEpcisEvents.ts";
import { discoveryRoute } from "./discovery.ts";
import { nextLink } from "./index.ts";
import { epcisQueryDocument, epcisResponse, namedQuery } from "./responses.ts";
import { webSocketSubscription } from "./webSocketSubscription.ts";

/** A query name: it becomes a path segment (`/queries/{name}`), so URL-safe characters only. */
const queryName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._~-]+$/, "letters, digits and . _ ~ - only");
const nameParams = z.object({ queryName: z.string().min(1).max(250) });
const createBody = z.object({ name: z.unknown(), query: z.unknown() });
/** A stored query is small: its parameters, each at most 100 values. */
const QUERY_BODY_LIMIT = 64 * 1024;

/** The binding's QueryParameterException for parameters an endpoint does not take. */
function refuseOthers(extra: string[], what: string): void {
  if (extra.length === 0) return;
  throw epcisProblem(
    400,
    "queryParameter",
    `${what}; not ${extra.join(", ")}.`,
    extra.map((field) => ({ field: `querystring.${field}`, message: "not a parameter here" })),
  );
}

/**
 * An organisation's named query, else the binding's NoSuchNameException (404).
 *
 * @example
 * const query = await findNamedQuery(db, organizationId, "shipped");
 */
export async function findNamedQuery(db: Database, organizationId: string, name: string) {
  const stored = await db.prisma.epcisQuery.findUnique({
    where: { organizationId_name: { organizationId, name } },
  });
  if (!stored) throw epcisProblem(404, "noSuchName", `No query named ${name} in your organisation.`);
  return stored;
}

/**
 * The discovery `check` of a resource under `/queries/{queryName}`: the query must be the caller's.
 *
 * @example
 * discoveryRoute(app, "/queries/:queryName", { allow, summary, params, check: namedQueryExists(db) });
 */
export function namedQueryExists(db: Database) {
  return async (request: FastifyRequest, organizationId: string) => {
    await findNamedQuery(db, organizationId, (request.params as z.infer<typeof nameParams>).queryName);
    return undefined;
  };
}

/**
 * Named queries of the EPCIS 2.0 REST binding for API keys: `POST /queries` stores a
 * SimpleEventQuery under a name (operator keys and above), `GET /queries` and
 * `GET /queries/{name}` list and show them, `DELETE /queries/{name}` removes one, and
 * `GET /queries/{name}/events` answers its events as an EPCISQueryDocument, paged like `/events`.
 */
export function epcisNamedQueryRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const find = (organizationId: string, name: string) => findNamedQuery(db, organizationId, name);

    discoveryRoute(app, "/queries", { allow: "OPTIONS, GET, POST", summary: "named queries" });
    const queryExists = namedQueryExists(db);
    discoveryRoute(app, "/queries/:queryName", {
      allow: "OPTIONS, GET, DELETE",
      summary: "a named query",
      params: nameParams,
      check: queryExists,
    });
    discoveryRoute(app, "/queries/:queryName/events", {
      allow: "OPTIONS, GET",
      summary: "a named query's events (and WebSocket subscriptions)",
      params: nameParams,
      check: queryExists,
    });

    app.post(
      "/queries",
      {
        bodyLimit: QUERY_BODY_LIMIT,
        schema: {
          tags: ["epcis"],
          summary:
            "EPCIS 2.0: store a named query (`{ name, query }`, the query as SimpleEventQuery parameters)",
          body: createBody,
          response: { 201: epcisResponse("Stored (`Location` is its URL)", namedQuery) },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request, "operator");
        negotiateEpcis(request, reply);
        const name = queryName.safeParse(request.body.name);
        if (!name.success) {
          const message = name.error.issues[0]?.message ?? "is invalid";
          throw epcisProblem(400, "validation", `body.name: ${message}`, [{ field: "body.name", message }]);
        }
        const query = request.body.query;
        if (typeof query !== "object" || query === null || Array.isArray(query)) {
          const message = "expected an object of EPCIS query parameters";
          throw epcisProblem(400, "validation", `body.query: ${message}`, [{ field: "body.query", message }]);
        }
        parseEventQuery(query as Record<string, unknown>);
        try {
          await db.prisma.epcisQuery.create({
            data: { organizationId, name: name.data, query: query as Prisma.InputJsonObject },
          });
        } catch (error) {
          rethrowUniqueViolation(error, () =>
            epcisProblem(409, "resourceAlreadyExists", `A query named ${name.data} already exists.`),
          );
        }
        reply.code(201).header("location", `/queries/${name.data}`);
        return { name: name.data, query: query as Record<string, unknown> };
      },
    );

    app.get(
      "/queries",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: the organisation's named queries",
          querystring: pagingSchema,
          response: { 200: epcisResponse("A page of them (`Link` names the next)", z.array(namedQuery)) },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request);
        negotiateEpcis(request, reply);
        const { perPage, nextPageToken } = request.query;
        // The token is the last name given out: names sort, so the next page starts after it.
        const rows = await db.prisma.epcisQuery.findMany({
          where: { organizationId, ...(nextPageToken === undefined ? {} : { name: { gt: nextPageToken } }) },
          orderBy: { name: "asc" },
          take: perPage + 1,
        });
        const page = rows.slice(0, perPage);
        const last = page.at(-1);
        if (rows.length > perPage && last) reply.header("link", nextLink(request.url, last.name));
        return page.map((row) => ({ name: row.name, query: row.query as Record<string, unknown> }));
      },
    );

    app.get(
      "/queries/:queryName",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: a named query's definition",
          params: nameParams,
          response: { 200: epcisResponse("The query", namedQuery) },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request);
        negotiateEpcis(request, reply);
        const stored = await find(organizationId, request.params.queryName);
        return { name: stored.name, query: stored.query as Record<string, unknown> };
      },
    );

    app.delete(
      "/queries/:queryName",
      {
        schema: {
          tags: ["epcis"],
          summary: "EPCIS 2.0: remove a named query",
          params: nameParams,
          response: { 204: z.null().describe("Removed, with its subscriptions") },
        },
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request, "operator");
        const stored = await find(organizationId, request.params.queryName);
        await db.prisma.epcisQuery.delete({ where: { id: stored.id } });
        return reply.code(204).send(null);
      },
    );

    const subscription = webSocketSubscription(db, async (request) => {
      const { organizationId, apiKeyId } = requireEpcisClient(request);
      const { queryName: name } = request.params as z.infer<typeof nameParams>;
      const stored = await find(organizationId, name);
      const { controls, rest } = parseSubscriptionControls(
        request.query as Record<string, unknown>,
        new Date(),
      );
      refuseOthers(
        Object.keys(rest),
        "A WebSocket subscription to a named query takes only its subscription parameters",
      );
      return {
        organizationId,
        apiKeyId,
        queryId: stored.id,
        queryName: stored.name,
        query: parseEventQuery(stored.query as Record<string, unknown>),
        controls,
      };
    });

    app.get(
      "/queries/:queryName/events",
      {
        ...subscription,
        schema: {
          tags: ["epcis"],
          summary:
            "EPCIS 2.0: the events of a named query (an EPCISQueryDocument; perPage and nextPageToken page it)",
          params: nameParams,
          querystring: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
          response: {
            200: epcisResponse("The events, a page at a time (`Link` names the next)", epcisQueryDocument),
          },
        },
        validatorCompiler: () => (data: unknown) => ({ value: data }),
      },
      async (request, reply) => {
        const { organizationId } = requireEpcisClient(request);
        negotiateEpcis(request, reply);
        const { queryName: name } = request.params as z.infer<typeof nameParams>;
        const stored = await find(organizationId, name);
        const raw = request.query as Record<string, unknown>;
        refuseOthers(
          Object.keys(raw).filter((key) => key !== "perPage" && key !== "nextPageToken"),
          "A named query's events take only perPage and nextPageToken (subscription parameters need Upgrade: websocket)",
        );
        const paging = parsePaging(raw);
        const page = await queryEpcisEvents(db, {
          organizationId,
          ...parseEventQuery(stored.query as Record<string, unknown>),
          ...paging,
        });
        if (page.nextPageToken) reply.header("link", nextLink(request.url, page.nextPageToken));
        return queryDocument(name, page.eventList);
      },
    );
  };
}
