import { deploymentSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { getEasSettings } from "../../services/attestations/getEasSettings.ts";

/**
 * `GET /deployment`: the Tracemark deployment on the chain the API is on (chain id, contract
 * addresses, start block, audit schema), as the SDK's `deploymentSchema` describes it. The web app
 * reads it at run time and hands it to browsers for Verify and auditor signing, so one build serves
 * any chain. Public: every address in it is public on chain. 503 while the chain is unreachable.
 */
export function deploymentRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/deployment",
      {
        schema: {
          tags: ["system"],
          summary: "The contracts this instance writes to and verifies against",
          response: { 200: deploymentSchema },
        },
      },
      async (_request, reply) => {
        const { deployment } = await getEasSettings(context.chain, context.config.deploymentsDir);
        return reply.header("cache-control", "public, max-age=60").send(deployment);
      },
    );
  };
}
