import { type Address, type Client, getAbiItem, type Hash, type Hex } from "viem";
import { getBlock, getLogs } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";

export type GetEventAnchorParameters = {
  orgId: Hex;
  /** The event's leaf value (hash digest). */
  eventHash: Hex;
  /** Search logs up to this block (default: latest). */
  toBlock?: bigint | undefined;
  deployment: Deployment;
};
/** The first `EventAnchored` log for the organisation and event, or `null`. `anchoredAt` in unix seconds. */
export type GetEventAnchorReturnType = {
  blockNumber: number;
  anchoredAt: number;
  transactionHash: Hash;
  writer: Address;
} | null;

/**
 * Finds when an organisation anchored a single event (`anchorEvent`): the first `EventAnchored` log
 * with that organisation and event hash, from the deployment's start block.
 *
 * @example
 * const anchor = await getEventAnchor(publicClient, { orgId, eventHash, deployment })
 */
export async function getEventAnchor(
  client: Client,
  parameters: GetEventAnchorParameters,
): Promise<GetEventAnchorReturnType> {
  const { deployment } = parameters;
  const logs = await getLogs(client, {
    address: deployment.contracts.TracemarkRegistry.address,
    event: eventAnchored,
    args: { orgId: parameters.orgId, eventHash: parameters.eventHash },
    fromBlock: BigInt(deployment.startBlock),
    toBlock: parameters.toBlock ?? "latest",
  });
  const first = logs.sort((a, b) => Number(a.blockNumber - b.blockNumber) || a.logIndex - b.logIndex)[0];
  if (!first) return null;
  const block = await getBlock(client, { blockNumber: first.blockNumber });
  return {
    blockNumber: Number(first.blockNumber),
    anchoredAt: Number(block.timestamp),
    transactionHash: first.transactionHash,
    writer: first.args.writer as Address,
  };
}

const eventAnchored = getAbiItem({ abi: tracemarkRegistryAbi, name: "EventAnchored" });
