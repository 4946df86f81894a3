import type { Account, Chain, Client, Hash, Hex, Transport } from "viem";
import { writeContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";
import { computeLotKey } from "../recall/computeLotKey.ts";

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
  const { deployment } = parameters;
  return writeContract(client, {
    account: client.account,
    chain: client.chain,
    address: deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: parameters.lift ? "liftRecall" : "declareRecall",
    args: [parameters.orgId, computeLotKey(parameters), parameters.reasonHash],
  });
}
