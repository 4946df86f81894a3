import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { checkHealth } from "../../services/admin/checkHealth.ts";

const failedCheck = z.object({ ok: z.literal(false), error: z.string() });
const healthResponse = z.object({
  status: z.enum(["ok", "degraded"]),
  checks: z.object({
    database: z.union([z.object({ ok: z.literal(true), latencyMs: z.number() }), failedCheck]),
    chain: z.union([
      z.object({ ok: z.literal(true), chainId: z.number(), blockNumber: z.string(), latencyMs: z.number() }),
      failedCheck,
    ]),
  }),
});

/** `GET /health`: whether the database and the chain answer. 200 when both do, else 503. */
export function healthRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/health",
      {
        schema: {
          tags: ["system"],
          summary: "Database and chain reachability",
          response: { 200: healthResponse, 503: healthResponse },
        },
      },
      async (_request, reply) => {
        const health = await checkHealth({ ...context, timeoutMs: context.config.healthTimeoutMs });
        return reply.code(health.status === "ok" ? 200 : 503).send(health);
      },
    );
  };
}
