import type { Account, Chain, Client, Hash, Hex, Transport } from "viem";
import { writeContract } from "viem/actions";
import { anchorBatchCall } from "../calls/anchorBatchCall.ts";
import type { Deployment } from "../deployments/deploymentSchema.ts";

export type AnchorBatchParameters = {
  /** The organisation's id (`bytes16`). The sender must be one of its writers. */
  orgId: Hex;
  /** The batch's Merkle root (`createMerkleBatch`). */
  root: Hex;
  eventCount: number;
  /** A hash of the batch manifest kept off chain; zero if none. */
  manifestHash: Hex;
  manifestURI?: string | undefined;
  deployment: Deployment;
};
export type AnchorBatchReturnType = Hash;

/**
 * Anchors a batch of events as one Merkle root (`TracemarkRegistry.anchorBatch`), sent by the
 * client's account, which must be a writer of the organisation. Returns the transaction hash. An
 * organisation anchors a root once (again reverts with `RootAlreadyAnchored`); another
 * organisation anchoring the same root neither blocks nor changes its anchor.
 *
 * @example
 * const hash = await anchorBatch(walletClient, { orgId, root, eventCount: 50, manifestHash, deployment })
 */
export async function anchorBatch(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: AnchorBatchParameters,
): Promise<AnchorBatchReturnType> {
  return writeContract(client, {
    account: client.account,
    chain: client.chain,
    ...anchorBatchCall(parameters),
  });
}
