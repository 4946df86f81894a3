import type { Role } from "@tracemark/db";
import type { z } from "zod";
import { requireOrgRole } from "../plugins/authenticate.ts";
import type { Principal } from "../services/auth/principal.ts";
import {
  type Answer,
  type GuardedRequest,
  guardedRoute,
  type RouteSchemaParameters,
  type ZodApp,
} from "./guardedRoute.ts";
import { orgParams } from "./schemas.ts";

export type OrgRouteParameters<
  Response extends z.ZodType,
  Params extends z.ZodObject,
  Query extends z.ZodType,
  Body extends z.ZodType,
> = RouteSchemaParameters<Response, Params, Query, Body> & {
  /** The organisation's path, or a path under it; `params` is `orgParams` or extends it (default `orgParams`). */
  url: `/orgs/:orgId${"" | `/${string}`}`;
  /** The least role of the organisation (or its API key) that may call it. */
  role: Role;
  /** What the route does, as one call into a service, given the caller whose role was checked. */
  handle: (
    request: Omit<GuardedRequest<Principal, Params, Query, Body>, "caller"> & { principal: Principal },
  ) => Answer<Response>;
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
  const { role, handle, ...declared } = route;
  guardedRoute(app, {
    ...declared,
    params: route.params ?? (orgParams as unknown as Params),
    guard: (request, params) => requireOrgRole(request, (params as { orgId: string }).orgId, role),
    handle: ({ caller, ...parts }) => handle({ ...parts, principal: caller }),
  });
}
