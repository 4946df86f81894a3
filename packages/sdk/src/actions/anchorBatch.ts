import type { Account, Chain, Client, Hash, Transport } from "viem";
import { writeContract } from "viem/actions";
import { type AnchorBatchCallParameters, anchorBatchCall } from "../calls/anchorBatchCall.ts";

export type AnchorBatchParameters = AnchorBatchCallParameters;
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
