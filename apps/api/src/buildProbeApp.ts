import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { AppContext } from "./context.ts";
import { registerMetrics } from "./plugins/metrics.ts";
import { registerProblemDetails } from "./plugins/problemDetails.ts";
import { registerReady } from "./plugins/ready.ts";
import { healthRoutes } from "./routes/health/index.ts";

/**
 * What a process without the `serve` role listens with: `/health`, `/ready` and `/metrics` only,
 * so orchestrators can probe the submit and index roles and Prometheus can scrape their figures.
 *
 * @example
 * const probes = await buildProbeApp(context);
 * await probes.listen({ host: config.host, port: config.port });
 */
export async function buildProbeApp(context: AppContext): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: context.config.logLevel } });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemDetails(app);
  await registerMetrics(app, context);
  await app.register(healthRoutes(context));
  await registerReady(app, context);
  return app;
}
