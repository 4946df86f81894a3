import type { Account, Chain, Client, Hash, Hex, Transport } from "viem";
import { writeContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { easAbi } from "../generated/abis.ts";

export type RevokeParameters = { uid: Hex; deployment: Deployment };
export type RevokeReturnType = Hash;

/**
 * The auditor revokes one of its attestations (`EAS.revoke` under Tracemark's audit schema).
 * Only the attester can revoke; the resolver always allows it, even after de-accreditation.
 *
 * @example
 * await revoke(auditorWalletClient, { uid, deployment })
 */
export async function revoke(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: RevokeParameters,
): Promise<RevokeReturnType> {
  const { deployment } = parameters;
  return writeContract(client, {
    account: client.account,
    chain: client.chain,
    address: deployment.contracts.EAS.address,
    abi: easAbi,
    functionName: "revoke",
    args: [{ schema: deployment.auditSchemaUid, data: { uid: parameters.uid, value: 0n } }],
  });
}
