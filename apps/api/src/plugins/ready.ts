import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../context.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Set when the server begins to close: `/ready` answers 503 from then on. */
    readiness: { shuttingDown: boolean };
  }
}

const readyResponse = z.object({ status: z.enum(["ready", "unavailable"]), reason: z.string().optional() });

/**
 * `GET /ready`: 200 when this instance should get traffic (the app is built only after the
 * migrations ran, and the database answers), 503 while it shuts down or cannot reach the
 * database. Load balancers use it; `/health` also checks the chain.
 */
export async function registerReady(app: FastifyInstance, { db, config }: AppContext): Promise<void> {
  app.decorate("readiness", { shuttingDown: false });
  app.addHook("preClose", async () => {
    app.readiness.shuttingDown = true;
  });
  app.get(
    "/ready",
    {
      schema: {
        tags: ["system"],
        summary: "Whether this instance accepts traffic",
        response: { 200: readyResponse, 503: readyResponse },
      },
    },
    async (_request, reply) => {
      if (app.readiness.shuttingDown) {
        return reply.code(503).send({ status: "unavailable", reason: "shutting down" });
      }
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          db.prisma.$queryRawUnsafe("SELECT 1"),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error("timeout")), config.healthTimeoutMs);
          }),
        ]);
      } catch {
        return reply.code(503).send({ status: "unavailable", reason: "the database does not answer" });
      } finally {
        clearTimeout(timer);
      }
      return { status: "ready" as const };
    },
  );
}
