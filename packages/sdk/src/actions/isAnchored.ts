import type { Client, Hex } from "viem";
import { readContract } from "viem/actions";
import type { Deployment } from "../deployments/types.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";
import { resolveDeployment } from "./resolveDeployment.ts";

export type IsAnchoredParameters = { root: Hex; deployment?: Deployment | undefined };
export type IsAnchoredReturnType = boolean;

/**
 * Whether a Merkle root was anchored (`TracemarkRegistry.isAnchored`).
 *
 * @example
 * await isAnchored(publicClient, { root }) // true
 */
export async function isAnchored(
  client: Client,
  parameters: IsAnchoredParameters,
): Promise<IsAnchoredReturnType> {
  const deployment = await resolveDeployment(client, parameters.deployment);
  return readContract(client, {
    address: deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: "isAnchored",
    args: [parameters.root],
  });
}
