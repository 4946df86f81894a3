import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireOrgRole, requirePrincipal } from "./authenticate.ts";

/**
 * The routes anyone may send a body to (signing up and in, and the links mailed to people: a
 * verification, a password reset, an invitation); their bodies are small (`ANONYMOUS_BODY_LIMIT`).
 */
const ANONYMOUS_BODY_ROUTES = new Set([
  "POST /auth/signup",
  "POST /auth/login",
  "POST /auth/siwe",
  "POST /auth/verify-email",
  "POST /auth/password-reset",
  "POST /auth/password-reset/confirm",
  "POST /invitations/preview",
]);
/** The largest body an anonymous route reads, bytes: an email and a password, or a SIWE message and its signature. */
export const ANONYMOUS_BODY_LIMIT = 16 * 1024;

/** Whether the request has a body still to come (Fastify reads one only then). */
function carriesBody(request: FastifyRequest): boolean {
  const { headers } = request;
  return headers["transfer-encoding"] !== undefined || Number(headers["content-length"] ?? 0) > 0;
}

/**
 * Checks the caller before a request's body is read (Fastify reads bodies after `onRequest`): a
 * body sent to a route that needs a caller gets 401 without one, and, to a `/orgs/:orgId/…` route,
 * 403 when the caller is no member of that organisation; the route's handler still checks the role
 * it needs. An answer sent before the body was read in full closes the connection, so the rest is
 * never read (Node would otherwise read and discard it to keep the connection). Routes anyone may
 * send a body to read at most `ANONYMOUS_BODY_LIMIT` bytes. Register after `registerAuthentication`
 * and before the routes.
 */
export function requireCallerBeforeBody(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.some((method) => ANONYMOUS_BODY_ROUTES.has(`${method} ${route.url}`)))
      route.bodyLimit = Math.min(route.bodyLimit ?? ANONYMOUS_BODY_LIMIT, ANONYMOUS_BODY_LIMIT);
  });
  app.addHook("onRequest", async (request) => {
    const route = request.routeOptions.url;
    if (route === undefined || request.is404 || !carriesBody(request)) return;
    if (ANONYMOUS_BODY_ROUTES.has(`${request.method} ${route}`)) return;
    const { orgId } = request.params as { orgId?: string };
    if (route.startsWith("/orgs/:orgId") && orgId !== undefined) requireOrgRole(request, orgId, "viewer");
    else requirePrincipal(request);
  });
  app.addHook("onSend", async (request, reply) => {
    if (request.raw.complete === false) reply.header("connection", "close");
  });
}
