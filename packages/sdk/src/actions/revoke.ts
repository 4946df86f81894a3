import type { Account, Chain, Client, Hash, Hex, Transport } from "viem";
import { writeContract } from "viem/actions";
import type { Deployment } from "../deployments/types.ts";
import { easAbi } from "../generated/abis.ts";
import { resolveDeployment } from "./resolveDeployment.ts";

export type RevokeParameters = { uid: Hex; deployment?: Deployment | undefined };
export type RevokeReturnType = Hash;

/**
 * The auditor revokes one of its attestations (`EAS.revoke` under Tracemark's audit schema).
 * Only the attester can revoke; the resolver always allows it, even after de-accreditation.
 *
 * @example
 * await revoke(auditorWalletClient, { uid })
 */
export async function revoke(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: RevokeParameters,
): Promise<RevokeReturnType> {
  const deployment = await resolveDeployment(client, parameters.deployment);
  return writeContract(client, {
    account: client.account,
    chain: client.chain,
    address: deployment.contracts.EAS.address,
    abi: easAbi,
    functionName: "revoke",
    args: [{ schema: deployment.auditSchemaUid, data: { uid: parameters.uid, value: 0n } }],
  });
}
