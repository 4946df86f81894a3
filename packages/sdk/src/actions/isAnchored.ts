import type { Client, Hex } from "viem";
import { readContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";

export type IsAnchoredParameters = {
  /** The organisation's registry id (`bytes16`). */
  orgId: Hex;
  root: Hex;
  deployment: Deployment;
};
export type IsAnchoredReturnType = boolean;

/**
 * Whether an organisation anchored a Merkle root (`TracemarkRegistry.isAnchored`).
 *
 * @example
 * await isAnchored(publicClient, { orgId, root, deployment }) // true
 */
export async function isAnchored(
  client: Client,
  parameters: IsAnchoredParameters,
): Promise<IsAnchoredReturnType> {
  const { deployment } = parameters;
  return readContract(client, {
    address: deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: "isAnchored",
    args: [parameters.orgId, parameters.root],
  });
}
