import type { Account, Chain, Client, Hash, Transport } from "viem";
import { writeContract } from "viem/actions";
import { type AnchorEventCallParameters, anchorEventCall } from "../calls/anchorEventCall.ts";

export type AnchorEventParameters = AnchorEventCallParameters;
export type AnchorEventReturnType = Hash;

/**
 * Anchors a single event hash (`TracemarkRegistry.anchorEvent`): stores nothing, emits
 * `EventAnchored`, the cheapest durable record (see `getEventAnchor` to read it back).
 *
 * @example
 * await anchorEvent(walletClient, { orgId, eventHash: eventHashToLeaf(computeEventHash({ event, deployment })) })
 */
export async function anchorEvent(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: AnchorEventParameters,
): Promise<AnchorEventReturnType> {
  return writeContract(client, {
    account: client.account,
    chain: client.chain,
    ...anchorEventCall(parameters),
  });
}
