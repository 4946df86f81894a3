import { parseDigitalLink, publicRecordWithDisplaySchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { checkField } from "../../services/gs1.ts";
import { servePublicRecord } from "../../services/servePublicRecord.ts";

/** The SDK's `PublicRecord`, exactly, plus `display` (names, places and labels; not verifiable). */
export const publicRecordResponse = publicRecordWithDisplaySchema;

const description = `The public record of a lot or serial item by its GS1 Digital Link keys (the GTIN as
8, 12, 13 or 14 digits), no sign-in: the SDK's \`PublicRecord\` that \`verifyRecord\` checks against the
chain (every event of the lot, across organisations, with its anchor and Merkle proof; attestations; recall
state), plus \`display\` for the consumer page. Served from a stored copy while nothing it shows has
changed (a recall shows at once); \`ETag\` / \`If-None-Match\` give 304.`;

/** `GET /public/01/:gtin/10/:lot[/21/:serial]`: what a consumer sees after scanning the QR code. */
export function publicRoutes({ db, chain }: AppContext): FastifyPluginAsyncZod {
  let chainId: Promise<number> | undefined;
  const currentChainId = () => {
    if (chain.chain?.id) return Promise.resolve(chain.chain.id);
    chainId ??= chain.getChainId().catch((error: unknown) => {
      chainId = undefined;
      throw new ProblemError(
        503,
        "Service Unavailable",
        "The chain node does not answer; try again shortly.",
        {
          cause: error,
        },
      );
    });
    return chainId;
  };

  return async (app) => {
    const handler = async (
      params: { gtin: string; lot: string; serial?: string | undefined },
      ifNoneMatch: string | undefined,
      reply: import("fastify").FastifyReply,
    ) => {
      const path = `/01/${encodeURIComponent(params.gtin)}/10/${encodeURIComponent(params.lot)}${
        params.serial === undefined ? "" : `/21/${encodeURIComponent(params.serial)}`
      }`;
      const keys = checkField("path", () => parseDigitalLink(path));
      const served = await servePublicRecord(db, {
        gtin: keys.gtin,
        lot: keys.lot ?? params.lot,
        serial: keys.serial,
        chainId: await currentChainId(),
        // Checked against the response schema once, when built; later reads send the stored text.
        render: (record) => JSON.stringify(publicRecordResponse.parse(record)),
      });
      reply.header("cache-control", "public, max-age=5, must-revalidate");
      reply.header("etag", served.etag);
      if (ifNoneMatch?.split(",").some((tag) => tag.trim() === served.etag)) return reply.code(304).send();
      return reply.type("application/json; charset=utf-8").send(served.body);
    };
    const segment = z.string().min(1).max(80);
    const schema = (params: z.ZodObject) => ({
      tags: ["public"],
      summary: "A product's public record",
      description,
      params,
      response: { 200: publicRecordResponse, 304: z.null().describe("Not modified") },
    });

    app.get(
      "/public/01/:gtin/10/:lot",
      { schema: schema(z.object({ gtin: segment, lot: segment })) },
      async (request, reply) =>
        handler(request.params as { gtin: string; lot: string }, request.headers["if-none-match"], reply),
    );
    app.get(
      "/public/01/:gtin/10/:lot/21/:serial",
      { schema: schema(z.object({ gtin: segment, lot: segment, serial: segment })) },
      async (request, reply) =>
        handler(
          request.params as { gtin: string; lot: string; serial: string },
          request.headers["if-none-match"],
          reply,
        ),
    );
  };
}
