import type { Account, Chain, Client, Hash, Hex, Transport } from "viem";
import { simulateContract, writeContract } from "viem/actions";
import { attestByDelegationCall } from "../calls/attestByDelegationCall.ts";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import type { BuildAttestationTypedDataReturnType } from "../eip712/buildAttestationTypedData.ts";

export type AttestByDelegationParameters = {
  /** The typed data the auditor signed (`buildAttestationTypedData`). */
  typedData: BuildAttestationTypedDataReturnType;
  /** The auditor's signature over it. */
  signature: Hex;
  deployment: Deployment;
};
export type AttestByDelegationReturnType = Hash;

/**
 * Relays an auditor's signed attestation (`EAS.attestByDelegation`): the client's account (the
 * relayer) pays gas, EAS checks the signature (EIP-712 or ERC-1271), nonce and deadline, and the
 * attestation is the auditor's. Returns the transaction hash; get the UID with `waitForAttestationUid`.
 *
 * @example
 * const hash = await attestByDelegation(relayerWalletClient, { typedData, signature, deployment })
 */
export async function attestByDelegation(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: AttestByDelegationParameters,
): Promise<AttestByDelegationReturnType> {
  const { request } = await simulateContract(client, {
    account: client.account,
    chain: client.chain,
    ...attestByDelegationCall({ ...parameters, message: parameters.typedData.message }),
  });
  return writeContract(client, request);
}
