import localDevelopment from "../../../../deployments/31337/addresses.json" with { type: "json" };
import { UnknownDeploymentError } from "../errors/chain.ts";
import type { Deployment } from "./types.ts";

/** The deployments the SDK ships, by chain id (from `deployments/<chainId>/addresses.json`). */
export const deployments: Readonly<Record<number, Deployment>> = {
  31337: localDevelopment as Deployment,
};

/**
 * The Tracemark deployment (contract addresses, start block, audit schema UID) on a chain.
 * Throws `UnknownDeploymentError` for a chain without one; pass your own `Deployment` to actions then.
 *
 * @example
 * getDeployment(31337).contracts.TracemarkRegistry.address
 */
export function getDeployment(chainId: number): Deployment {
  const deployment = deployments[chainId];
  if (!deployment) throw new UnknownDeploymentError({ chainId, known: Object.keys(deployments).map(Number) });
  return deployment;
}
