import { tracemarkContext, tracemarkContextUrl } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";

/** The path of `tracemarkContextUrl`, where every Tracemark API serves the context too. */
export const tracemarkContextPath = new URL(tracemarkContextUrl).pathname;

/**
 * `GET /ns/epcis/context.jsonld`: Tracemark's JSON-LD context (`tm:visibility`, `tm:documents`,
 * `tm:declares`, `tm:reason`, the `tm` and `fsma` prefixes), which EPCIS documents name by its
 * stable URL `tracemarkContextUrl` after GS1's context. Public, the same for every organisation.
 */
export function contextRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      tracemarkContextPath,
      {
        schema: {
          tags: ["EPCIS"],
          summary: "Tracemark's JSON-LD context for the tm: and fsma: terms of EPCIS documents",
          description: `The document at ${tracemarkContextUrl}: a JSON-LD 1.1 context to name after GS1's EPCIS 2.0 context.`,
          response: {
            200: {
              description: "The context",
              content: {
                "application/ld+json": {
                  schema: z.object({ "@context": z.record(z.string(), z.unknown()) }),
                },
              },
            },
          },
        },
      },
      async (_request, reply) =>
        reply
          .type("application/ld+json")
          .header("cache-control", "public, max-age=86400")
          .send(tracemarkContext),
    );
  };
}
