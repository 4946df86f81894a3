import { existsSync, readFileSync } from "node:fs";
import type { Deployment } from "@tracemark/sdk";

/**
 * The contracts deployed on a chain, from `<DEPLOYMENTS_DIR>/<chainId>/addresses.json` (written by
 * scripts/deploy-contracts.ts). Read from disk, so a deployment to a new chain needs no rebuild of
 * the SDK. Every part of the API resolves its deployment here.
 *
 * @example
 * const deployment = loadDeployment(await chain.getChainId(), config.deploymentsDir);
 */
export function loadDeployment(chainId: number, dir: string): Deployment {
  const file = `${dir}/${chainId}/addresses.json`;
  if (!existsSync(file)) {
    throw new Error(
      `No Tracemark deployment for chain ${chainId}: deploy with scripts/deploy-contracts.ts (expected ${file}).`,
    );
  }
  return JSON.parse(readFileSync(file, "utf8")) as Deployment;
}
