import type { Deployment, EasDomain } from "@tracemark/sdk";
import type { Hex, PublicClient } from "viem";
import { getChainId } from "viem/actions";
import { loadDeployment } from "../../chain/loadDeployment.ts";
import { UnavailableError } from "../../errors/domain.ts";

/** EAS's EIP-712 domain version (EAS.sol: `EIP1271Verifier("EAS", "1.4.0")`, eas-contracts 1.9). */
export const EAS_DOMAIN_VERSION = "1.4.0";

export type EasSettings = { domain: EasDomain; schemaUid: Hex; deployment: Deployment };
const cache = new WeakMap<PublicClient, Promise<EasSettings>>();

/**
 * The EIP-712 domain auditors sign in, the audit schema UID and the deployment, for the chain the API is on:
 * the chain id from the node, the EAS address and schema UID from its deployment file
 * (`<deploymentsDir>/<chainId>/addresses.json`). Cached per client; `UnavailableError` when the chain is
 * unreachable or has no Tracemark deployment.
 *
 * @example
 * const { domain, schemaUid } = await getEasSettings(context.chain, context.config.deploymentsDir)
 */
export function getEasSettings(chain: PublicClient, deploymentsDir: string): Promise<EasSettings> {
  let settings = cache.get(chain);
  if (!settings) {
    settings = load(chain, deploymentsDir);
    cache.set(chain, settings);
    settings.catch(() => cache.delete(chain));
  }
  return settings;
}

/** A chain read failed: unavailable, the client may try again (the cause is kept for the log). */
export function chainUnreachable(cause: unknown): UnavailableError {
  return new UnavailableError("The chain is unreachable; try again shortly.", {
    cause,
  });
}

async function load(chain: PublicClient, deploymentsDir: string): Promise<EasSettings> {
  let chainId: number;
  try {
    chainId = chain.chain?.id ?? (await getChainId(chain));
  } catch (cause) {
    throw chainUnreachable(cause);
  }
  try {
    const deployment = loadDeployment(chainId, deploymentsDir);
    return {
      domain: {
        name: "EAS",
        version: EAS_DOMAIN_VERSION,
        chainId,
        verifyingContract: deployment.contracts.EAS.address,
      },
      schemaUid: deployment.auditSchemaUid,
      deployment,
    };
  } catch (cause) {
    throw new UnavailableError(`No Tracemark deployment is known on chain ${chainId}.`, {
      cause,
    });
  }
}
