import type { z } from "zod";
import type { ZodApp } from "./guardedRoute.ts";
import { type OrgRouteParameters, orgRoute } from "./orgRoute.ts";
import type { orgParams } from "./schemas.ts";

export type OrgReadParameters<Response extends z.ZodType, Query extends z.ZodObject> = Omit<
  OrgRouteParameters<Response, typeof orgParams, Query, z.ZodNever>,
  "method" | "params" | "body" | "status" | "handle"
> & {
  /** What the organisation has (a list, a page, its settings), as the response. */
  read: (organizationId: string, query: z.output<Query>) => Promise<z.input<Response>>;
};

/**
 * `GET /orgs/:orgId/…`: something of one organisation (a list or page of its products, members,
 * webhooks; its settings) for its members and keys of `role` and above, as `read` gives it.
 *
 * @example
 * orgRead(app, { url: "/orgs/:orgId/webhooks", tags: ["webhooks"], summary: "Webhooks",
 *   response: z.array(webhook), role: "admin", read: (organizationId) => listWebhooks(db, organizationId) });
 */
export function orgRead<Response extends z.ZodType, Query extends z.ZodObject = z.ZodObject>(
  app: ZodApp,
  route: OrgReadParameters<Response, Query>,
): void {
  const { read, ...documented } = route;
  orgRoute(app, {
    method: "GET",
    ...documented,
    handle: ({ params, query }) => read(params.orgId, query),
  });
}
