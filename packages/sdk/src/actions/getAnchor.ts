import type { Client, Hex } from "viem";
import { readContract } from "viem/actions";
import type { Deployment } from "../deployments/types.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";
import { resolveDeployment } from "./resolveDeployment.ts";

export type GetAnchorParameters = { root: Hex; deployment?: Deployment | undefined };
/** The anchor of a root, or `null` if it was never anchored. `anchoredAt` is the block time in unix seconds. */
export type GetAnchorReturnType = {
  orgId: Hex;
  anchoredAt: number;
  blockNumber: number;
  eventCount: number;
} | null;

/**
 * Reads who anchored a Merkle root and when (`TracemarkRegistry.anchorOf`).
 *
 * @example
 * const anchor = await getAnchor(publicClient, { root })
 * if (anchor) console.log(anchor.orgId, new Date(anchor.anchoredAt * 1000))
 */
export async function getAnchor(
  client: Client,
  parameters: GetAnchorParameters,
): Promise<GetAnchorReturnType> {
  const deployment = await resolveDeployment(client, parameters.deployment);
  const anchor = await readContract(client, {
    address: deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: "anchorOf",
    args: [parameters.root],
  });
  if (Number(anchor.blockNumber) === 0) return null;
  return {
    orgId: anchor.orgId,
    anchoredAt: Number(anchor.anchoredAt),
    blockNumber: Number(anchor.blockNumber),
    eventCount: Number(anchor.eventCount),
  };
}
