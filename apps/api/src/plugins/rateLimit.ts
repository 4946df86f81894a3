import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, RouteOptions } from "fastify";
import type { AppContext } from "../context.ts";
import { ProblemError } from "../errors/problem.ts";

/** The routes that are limited, and to how many requests per minute per client address. */
function limitOf(url: string, config: AppContext["config"]): number | undefined {
  if (url.startsWith("/public/")) return config.rateLimits.publicPerMinute;
  if (url === "/auth/login" || url === "/auth/signup" || url.startsWith("/auth/siwe")) {
    return config.rateLimits.authPerMinute;
  }
  return undefined;
}

/**
 * Rate limits per client address on the public record and the sign-in/sign-up routes (others are
 * not limited). Over the limit: 429 problem+json with `Retry-After`. Register before the routes.
 */
export async function registerRateLimit(app: FastifyInstance, { config }: AppContext): Promise<void> {
  // Runs before the plugin's own onRoute hook, so the plugin sees each route's limit.
  app.addHook("onRoute", (route: RouteOptions) => {
    const max = limitOf(route.url, config);
    if (max === undefined) return;
    route.config = {
      ...(route.config as object),
      rateLimit: { max, timeWindow: 60_000 },
    } as typeof route.config;
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ProblemError(
        429,
        "Too Many Requests",
        `At most ${context.max} requests per ${context.after}; try again in ${Math.ceil(context.ttl / 1000)} s.`,
      ),
  });
}
