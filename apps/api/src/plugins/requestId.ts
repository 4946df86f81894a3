import type { FastifyInstance } from "fastify";

/**
 * Echoes each request's id (the caller's `x-request-id`, else a fresh UUID; see `genReqId`) in the
 * `x-request-id` response header, so a client can quote it and the logs can be searched for it.
 */
export function registerRequestId(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
}
