import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Deployment } from "@tracemark/sdk";
import {
  type StartDeployedChainParameters,
  startDeployedChain as start,
  type DeployedChain as TestkitDeployedChain,
} from "@tracemark/testkit";

export type DeployedChain = TestkitDeployedChain<Deployment>;

/** The testkit's `startDeployedChain`, typed with the SDK's `Deployment` for the API's tests. */
export function startDeployedChain(parameters: StartDeployedChainParameters = {}): Promise<DeployedChain> {
  return start<Deployment>(parameters);
}

/**
 * A fresh deployments folder (the caller removes it) holding `deployment` as `<chainId>/addresses.json`,
 * where `server.ts` processes read it (`DEPLOYMENTS_DIR`).
 *
 * @example
 * const dir = deploymentsDirWith(chain.deployment); // spawn server.ts with DEPLOYMENTS_DIR: dir
 */
export function deploymentsDirWith(deployment: Deployment): string {
  const dir = mkdtempSync(join(tmpdir(), "tracemark-deployments-"));
  mkdirSync(join(dir, String(deployment.chainId)));
  writeFileSync(join(dir, String(deployment.chainId), "addresses.json"), JSON.stringify(deployment));
  return dir;
}
