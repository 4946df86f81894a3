import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, RouteOptions } from "fastify";
import type { AppContext } from "../context.ts";
import { ProblemError } from "../errors/problem.ts";
import { clientAddressOf } from "./clientAddress.ts";

/** The routes that are limited: what they are called, and how many requests a minute a client may make. */
function limitOf(url: string, config: AppContext["config"]): { max: number; name: string } | undefined {
  if (url.startsWith("/public/")) return { max: config.rateLimits.publicPerMinute, name: "public record" };
  if (
    url === "/auth/login" ||
    url === "/auth/signup" ||
    url.startsWith("/auth/siwe") ||
    url.startsWith("/auth/password-reset") ||
    url === "/auth/verify-email/resend"
  ) {
    return { max: config.rateLimits.authPerMinute, name: "sign-in" };
  }
  return undefined;
}

/**
 * Rate limits per client on the public record and the sign-in/sign-up routes (and those that send mail or take a password) (others are not
 * limited); the client is the visitor the web server vouches for, else the request's address.
 * Over the limit: 429 problem+json with `Retry-After`. Register before the routes.
 */
export async function registerRateLimit(app: FastifyInstance, { config }: AppContext): Promise<void> {
  // Runs before the plugin's own onRoute hook, so the plugin sees each route's limit.
  app.addHook("onRoute", (route: RouteOptions) => {
    const limit = limitOf(route.url, config);
    if (limit === undefined) return;
    route.config = {
      ...(route.config as object),
      rateLimit: {
        max: limit.max,
        timeWindow: 60_000,
        // `context.after` is the time left, not the window: the window is said in words.
        errorResponseBuilder: (_request: unknown, context: { max: number; ttl: number }) =>
          new ProblemError(
            429,
            "Too Many Requests",
            `At most ${context.max} ${limit.name} requests a minute from one client; try again in ${Math.ceil(context.ttl / 1000)} s.`,
          ),
      },
    } as typeof route.config;
  });
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (request) => clientAddressOf(request, config.webForwardedSecret),
  });
}
