import type { Account, Chain, Client, Hash, Hex, Transport } from "viem";
import { writeContract } from "viem/actions";
import { anchorEventCall } from "../calls/anchorEventCall.ts";
import type { Deployment } from "../deployments/deploymentSchema.ts";

export type AnchorEventParameters = {
  orgId: Hex;
  /** The event's leaf value, its hash digest (`eventHashToLeaf`). */
  eventHash: Hex;
  deployment: Deployment;
};
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
