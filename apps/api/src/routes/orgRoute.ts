import type { Role } from "@tracemark/db";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { requireOrgRole } from "../plugins/authenticate.ts";
import type { Principal } from "../services/auth/principal.ts";
import { orgParams } from "./schemas.ts";

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/** What `handle` is given: the request's parsed parts and the caller whose role was checked. */
export type OrgRouteRequest<Params extends z.ZodObject, Query extends z.ZodType, Body extends z.ZodType> = {
  params: z.output<Params>;
  query: z.output<Query>;
  body: z.output<Body>;
  principal: Principal;
};

export type OrgRouteParameters<
  Response extends z.ZodType,
  Params extends z.ZodObject,
  Query extends z.ZodType,
  Body extends z.ZodType,
> = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The organisation's path, or a path under it. */
  url: `/orgs/:orgId${"" | `/${string}`}`;
  tags: string[];
  summary: string;
  description?: string;
  /** The path's parameters: `orgParams`, or `orgParams` extended with the others (the default `orgParams`). */
  params?: Params;
  querystring?: Query;
  body?: Body;
  /** The status of a successful answer (200 unless said; 204 answers `null`). */
  status?: 200 | 201 | 202 | 204;
  response: Response;
  /** The least role of the organisation (or its API key) that may call it. */
  role: Role;
  /** What the route does, as one call into a service; it answers the response. */
  handle: (request: OrgRouteRequest<Params, Query, Body>) => Promise<z.input<Response>>;
};

/**
 * A route of one organisation, `/orgs/:orgId/…`, in the house form: its schema, the guard (the
 * caller's role in the organisation, `role` or above, checked before `handle` runs) and one call
 * into a service, whose result is the answer with `status`.
 *
 * @example
 * orgRoute(app, { method: "GET", url: "/orgs/:orgId/products/:productId", tags: ["master data"],
 *   summary: "A product", params: productParams, response: product, role: "viewer",
 *   handle: ({ params }) => getProduct(db, params.orgId, params.productId) });
 */
export function orgRoute<
  Response extends z.ZodType,
  Params extends z.ZodObject = typeof orgParams,
  Query extends z.ZodType = z.ZodObject,
  Body extends z.ZodType = z.ZodNever,
>(app: ZodApp, route: OrgRouteParameters<Response, Params, Query, Body>): void {
  const { method, url, tags, summary, description, querystring, body, status = 200, role, handle } = route;
  // Typed as any schema here: `handle` already answers the response's type.
  const response: z.ZodType = route.response;
  app.route({
    method,
    url,
    schema: {
      tags,
      summary,
      ...(description === undefined ? {} : { description }),
      params: route.params ?? orgParams,
      ...(querystring === undefined ? {} : { querystring }),
      ...(body === undefined ? {} : { body }),
      response: { [status]: response },
    },
    handler: async (request, reply) => {
      const { params, query, body } = request as unknown as OrgRouteRequest<Params, Query, Body>;
      const principal = requireOrgRole(request, (params as { orgId: string }).orgId, role);
      const answer = await handle({ params, query, body, principal });
      return reply.code(status).send(answer);
    },
  });
}
