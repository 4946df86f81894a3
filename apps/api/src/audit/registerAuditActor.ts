import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from "fastify";
import type { AppContext } from "../context.ts";
import { clientAddressOf } from "../plugins/clientAddress.ts";
import { type AuditActor, auditActor } from "./auditedDatabase.ts";

/** Who makes a request's writes: its user or API key, the visitor's address and user agent. */
export function actorOf(request: FastifyRequest, webForwardedSecret: string | undefined): AuditActor {
  const principal = request.principal;
  const userAgent = request.headers["user-agent"];
  return {
    userId: principal?.kind === "user" ? principal.userId : null,
    apiKeyId: principal?.kind === "apiKey" ? principal.apiKeyId : null,
    ip: clientAddressOf(request, webForwardedSecret),
    userAgent: typeof userAgent === "string" ? userAgent.slice(0, 500) : null,
  };
}

/**
 * Runs every route handler registered after this with its request's actor in `auditActor`, so that the writes
 * it makes through `auditedDatabase` are recorded as that caller's (the caller is known by then: authentication
 * runs in `onRequest`).
 */
export function registerAuditActor(app: FastifyInstance, { config }: AppContext): void {
  app.addHook("onRoute", (route) => {
    const handler = route.handler as RouteHandlerMethod;
    route.handler = function auditedHandler(request, reply) {
      return auditActor.run(actorOf(request, config.webForwardedSecret), () =>
        handler.call(this, request, reply),
      );
    };
  });
}
