import cookie from "@fastify/cookie";
import type { Role } from "@tracemark/db";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../context.ts";
import { ProblemError } from "../errors/problem.ts";
import { resolveApiKey } from "../services/auth/apiKeys.ts";
import { type Principal, roleAtLeast, roleIn } from "../services/auth/principal.ts";
import { resolveSession, SESSION_COOKIE } from "../services/auth/sessions.ts";

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Resolves the caller from the session cookie or an `Authorization: Bearer tm_key_…` header. */
export async function registerAuthentication(app: FastifyInstance, { db }: AppContext): Promise<void> {
  await app.register(cookie);
  app.decorateRequest("principal", null);
  app.addHook("onRequest", async (request) => {
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      request.principal = (await resolveApiKey(db, bearer)) ?? null;
      if (!request.principal)
        throw new ProblemError(401, "Unauthorized", "The API key is unknown or revoked.");
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.principal = (await resolveSession(db, token)) ?? null;
  });
}

/** The caller, or 401. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new ProblemError(401, "Unauthorized", "Sign in, or send an API key.");
  return request.principal;
}

/** The signed-in user (not an API key), or 401/403. */
export function requireUser(request: FastifyRequest): Extract<Principal, { kind: "user" }> {
  const principal = requirePrincipal(request);
  if (principal.kind !== "user")
    throw new ProblemError(403, "Forbidden", "This needs a signed-in user, not an API key.");
  return principal;
}

/** The caller's role in `organizationId` if it is at least `minimum`; else 401 or 403. */
export function requireOrgRole(request: FastifyRequest, organizationId: string, minimum: Role): Principal {
  const principal = requirePrincipal(request);
  const role = roleIn(principal, organizationId);
  if (!role) throw new ProblemError(403, "Forbidden", "You are not a member of this organisation.");
  if (!roleAtLeast(role, minimum)) {
    throw new ProblemError(403, "Forbidden", `This needs the role ${minimum} or higher; you are ${role}.`);
  }
  return principal;
}

/** A platform administrator, or 401/403. */
export function requirePlatformAdmin(request: FastifyRequest): Principal {
  const principal = requireUser(request);
  if (!principal.isPlatformAdmin)
    throw new ProblemError(403, "Forbidden", "This needs a platform administrator.");
  return principal;
}
