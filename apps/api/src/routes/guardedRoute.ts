import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";

export type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/** What a route's `handle` is given: the request's parsed parts and the caller its guard let in. */
export type GuardedRequest<
  Caller,
  Params extends z.ZodObject,
  Query extends z.ZodType,
  Body extends z.ZodType,
> = {
  params: z.output<Params>;
  query: z.output<Query>;
  body: z.output<Body>;
  caller: Caller;
};

/** What `handle` answers: the response, or anything where the response is `null` (a 204 sends none). */
export type Answer<Response extends z.ZodType> = [z.input<Response>] extends [null]
  ? Promise<unknown>
  : Promise<z.input<Response>>;

/** A route's documentation and schemas, as its OpenAPI entry shows them. */
export type RouteSchemaParameters<
  Response extends z.ZodType,
  Params extends z.ZodObject,
  Query extends z.ZodType,
  Body extends z.ZodType,
> = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  tags: string[];
  summary: string;
  description?: string;
  params?: Params;
  querystring?: Query;
  body?: Body;
  /** The status of a successful answer (200 unless said; 204 answers `null`). */
  status?: 200 | 201 | 202 | 204;
  response: Response;
};

export type GuardedRouteParameters<
  Caller,
  Response extends z.ZodType,
  Params extends z.ZodObject,
  Query extends z.ZodType,
  Body extends z.ZodType,
> = RouteSchemaParameters<Response, Params, Query, Body> & {
  url: string;
  /** Who may call it: the caller, or a thrown 401/403; it runs before `handle`. */
  guard: (request: FastifyRequest, params: z.output<Params>) => Caller | Promise<Caller>;
  /** What the route does, as one call into a service; it answers the response. */
  handle: (request: GuardedRequest<Caller, Params, Query, Body>) => Answer<Response>;
};

/**
 * A route in the house form: its schema, a guard and one call into a service, whose result is the
 * answer with `status`. `orgRoute` and `auditorRoute` give it their guards.
 *
 * @example
 * guardedRoute(app, { method: "GET", url: "/auditor/requests", tags: ["auditor"], summary: "…",
 *   response: z.array(auditRequest),
 *   guard: (request) => requireAuditor(db, requireUser(request).userId, { accredited: true }),
 *   handle: ({ caller }) => listAuditorRequests(db, caller.id) });
 */
export function guardedRoute<
  Caller,
  Response extends z.ZodType,
  Params extends z.ZodObject,
  Query extends z.ZodType,
  Body extends z.ZodType,
>(app: ZodApp, route: GuardedRouteParameters<Caller, Response, Params, Query, Body>): void {
  const { method, url, tags, summary, description, params, querystring, body, status = 200 } = route;
  // Typed as any schema here: `handle` already answers the response's type.
  const response: z.ZodType = route.response;
  app.route({
    method,
    url,
    schema: {
      tags,
      summary,
      ...(description === undefined ? {} : { description }),
      ...(params === undefined ? {} : { params }),
      ...(querystring === undefined ? {} : { querystring }),
      ...(body === undefined ? {} : { body }),
      response: { [status]: response },
    },
    handler: async (request, reply) => {
      const parts = request as unknown as Omit<GuardedRequest<Caller, Params, Query, Body>, "caller">;
      const caller = await route.guard(request, parts.params);
      const answer = await route.handle({
        params: parts.params,
        query: parts.query,
        body: parts.body,
        caller,
      });
      return reply.code(status).send(status === 204 ? null : answer);
    },
  });
}
