import type { Account, Chain, Client, Hash, Hex, Transport } from "viem";
import { writeContract } from "viem/actions";
import { declareRecallCall } from "../calls/declareRecallCall.ts";
import type { Deployment } from "../deployments/deploymentSchema.ts";

export type DeclareRecallParameters = {
  orgId: Hex;
  gtin: string;
  lot: string;
  /** A hash of the reason kept off chain. */
  reasonHash: Hex;
  /** `true` to lift an existing recall instead of declaring one. */
  lift?: boolean | undefined;
  deployment: Deployment;
};
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
