import { existsSync, readFileSync } from "node:fs";
import { type Deployment, parseDeployment } from "@tracemark/sdk";

/**
 * The contracts deployed on a chain, from `<DEPLOYMENTS_DIR>/<chainId>/addresses.json` (written by
 * scripts/deploy-contracts.ts), checked against the SDK's deployment schema and against the chain
 * it is read for. Read from disk, so a deployment to a new chain needs no rebuild. Every part of the
 * API resolves its deployment here.
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
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  const deployment = parseDeployment(json, file);
  if (deployment.chainId !== chainId) {
    throw new Error(`${file} describes chain ${deployment.chainId}, not chain ${chainId}.`);
  }
  return deployment;
}
