import { publicRecordWithDisplaySchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import {
  disclosureSettingsSchema,
  getDisclosureSettings,
  setDisclosureSettings,
} from "../../publicRecord/disclosureSettings.ts";
import { getPartnerRecord } from "../../publicRecord/getPartnerRecord.ts";
import { orgRead } from "../orgRead.ts";
import { orgRoute } from "../orgRoute.ts";
import { lotParams } from "../schemas.ts";

const settingsDescription = `Which field groups of the organisation's public events its consumer pages and
public API withhold (\`bizTransactions\`, \`quantities\`, \`sourceDestination\`, \`sensorData\`, \`ilmd\`,
\`extensions\`, \`location\`): \`withhold\` for every event, \`byBizStep\` for the events of a business step
(its list replaces the default); \`locationLevel\` (\`country\`, \`region\`, \`city\`; country when absent), how
finely a step whose \`location\` is withheld is still placed. Withheld fields stay verifiable: the record carries their salted digests
(docs/privacy.md).`;

/** Disclosure settings, and the whole record of a lot for the organisations entitled to it. */
export function disclosureRoutes({ db, chain }: AppContext): FastifyPluginAsyncZod {
  const chainId = async () => {
    if (chain.chain?.id) return chain.chain.id;
    try {
      return await chain.getChainId();
    } catch (cause) {
      throw new ProblemError(
        503,
        "Service Unavailable",
        "The chain node does not answer; try again shortly.",
        {
          cause,
        },
      );
    }
  };
  return async (app) => {
    orgRead(app, {
      url: "/orgs/:orgId/disclosure",
      tags: ["organisations"],
      summary: "What the organisation's public events withhold",
      description: settingsDescription,
      response: disclosureSettingsSchema,
      role: "viewer",
      read: (organizationId) => getDisclosureSettings(db, organizationId),
    });

    orgRoute(app, {
      method: "PUT",
      url: "/orgs/:orgId/disclosure",
      tags: ["organisations"],
      summary: "Choose what the organisation's public events withhold",
      description: settingsDescription,
      body: disclosureSettingsSchema.strict(),
      response: disclosureSettingsSchema,
      role: "admin",
      handle: ({ params, body }) => setDisclosureSettings(db, params.orgId, body),
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/lots/:lotId/record",
      tags: ["events"],
      summary: "The lot's whole record, every field with its salts, for its owner and custody partners",
      description:
        "The events of the lot's public record, none of their fields withheld, each with its GS1 event hash and the salts of its commitments: `verifyRecord` checks every field and event hash against the chain. For the lot's owner and the organisations it was shipped to.",
      params: lotParams,
      response: publicRecordWithDisplaySchema,
      role: "viewer",
      handle: async ({ params }) =>
        getPartnerRecord(db, { organizationId: params.orgId, lotId: params.lotId, chainId: await chainId() }),
    });
  };
}
