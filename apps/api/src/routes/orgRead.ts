import type { Role } from "@tracemark/db";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { requireOrgRole } from "../plugins/authenticate.ts";
import { orgParams } from "./schemas.ts";

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

export type OrgReadParameters<Response extends z.ZodType, Query extends z.ZodObject> = {
  /** A path under `/orgs/:orgId/`, with no other parameter. */
  url: `/orgs/:orgId/${string}`;
  tags: string[];
  summary: string;
  description?: string;
  /** Its filters and paging (`pageQuery`), if any. */
  querystring?: Query;
  response: Response;
  /** The least role of the organisation (or its API key) that may read it. */
  role: Role;
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
  const { url, response, role, read, ...documented } = route;
  // Typed as any schema here: `read` already answers the response's type.
  const answer: z.ZodType = response;
  app.get(
    url,
    { schema: { ...documented, params: orgParams, response: { 200: answer } } },
    async (request) => {
      requireOrgRole(request, request.params.orgId, role);
      return read(request.params.orgId, request.query as z.output<Query>);
    },
  );
}
