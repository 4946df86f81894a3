import type { Account, Chain, Client, Hash, Transport } from "viem";
import { writeContract } from "viem/actions";
import { type DeclareRecallCallParameters, declareRecallCall } from "../calls/declareRecallCall.ts";

export type DeclareRecallParameters = DeclareRecallCallParameters;
export type DeclareRecallReturnType = Hash;

/**
 * Recalls an organisation's lot (`TracemarkRegistry.declareRecall`), or lifts the recall with
 * `lift: true` (`liftRecall`). The sender must be a writer of the organisation.
 *
 * @example
 * await declareRecall(walletClient, { orgId, gtin, lot, reasonHash: keccak256(toHex("Listeria")), deployment })
 */
export async function declareRecall(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: DeclareRecallParameters,
): Promise<DeclareRecallReturnType> {
  return writeContract(client, {
    account: client.account,
    chain: client.chain,
    ...declareRecallCall(parameters),
  });
}
