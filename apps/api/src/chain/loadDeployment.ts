import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Deployment } from "@tracemark/sdk";

const deploymentsDir = fileURLToPath(new URL("../../../../deployments", import.meta.url));

/**
 * The contracts deployed on a chain, from `deployments/<chainId>/addresses.json` (written by
 * scripts/deploy-contracts.ts). Read from disk at start, so a deployment to a new chain needs no
 * rebuild of the SDK.
 *
 * @example
 * const deployment = loadDeployment(await chain.getChainId());
 */
export function loadDeployment(chainId: number, dir = deploymentsDir): Deployment {
  const file = `${dir}/${chainId}/addresses.json`;
  if (!existsSync(file)) {
    throw new Error(
      `No Tracemark deployment for chain ${chainId}: deploy with scripts/deploy-contracts.ts (expected ${file}).`,
    );
  }
  return JSON.parse(readFileSync(file, "utf8")) as Deployment;
}
