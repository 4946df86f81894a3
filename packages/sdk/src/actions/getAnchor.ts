import type { Client, Hex } from "viem";
import { readContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";

export type GetAnchorParameters = {
  /** The organisation's registry id (`bytes16`). */
  orgId: Hex;
  root: Hex;
  deployment: Deployment;
};
/** The organisation's anchor of a root, or `null` if it never anchored it. `anchoredAt` is the block time in unix seconds. */
export type GetAnchorReturnType = {
  orgId: Hex;
  anchoredAt: number;
  blockNumber: number;
  eventCount: number;
} | null;

/**
 * Reads when an organisation anchored a Merkle root (`TracemarkRegistry.anchorOf`). Anchors are per
 * organisation: another organisation anchoring the same root is a different anchor.
 *
 * @example
 * const anchor = await getAnchor(publicClient, { orgId, root, deployment })
 * if (anchor) console.log(anchor.orgId, new Date(anchor.anchoredAt * 1000))
 */
export async function getAnchor(
  client: Client,
  parameters: GetAnchorParameters,
): Promise<GetAnchorReturnType> {
  const { deployment } = parameters;
  const anchor = await readContract(client, {
    address: deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: "anchorOf",
    args: [parameters.orgId, parameters.root],
  });
  if (Number(anchor.blockNumber) === 0) return null;
  return {
    orgId: anchor.orgId,
    anchoredAt: Number(anchor.anchoredAt),
    blockNumber: Number(anchor.blockNumber),
    eventCount: Number(anchor.eventCount),
  };
}
