import {
  type Account,
  type Chain,
  type Client,
  type Hash,
  type Hex,
  parseSignature,
  type Transport,
} from "viem";
import { simulateContract, writeContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import type { BuildAttestationTypedDataReturnType } from "../eip712/buildAttestationTypedData.ts";
import { easAbiWithResolverErrors } from "./easAbiWithResolverErrors.ts";

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
  const { deployment } = parameters;
  const { message } = parameters.typedData;
  const { r, s, v, yParity } = parseSignature(parameters.signature);
  const { request } = await simulateContract(client, {
    account: client.account,
    chain: client.chain,
    address: deployment.contracts.EAS.address,
    abi: easAbiWithResolverErrors,
    functionName: "attestByDelegation",
    args: [
      {
        schema: message.schema,
        data: {
          recipient: message.recipient,
          expirationTime: message.expirationTime,
          revocable: message.revocable,
          refUID: message.refUID,
          data: message.data,
          value: message.value,
        },
        signature: { v: Number(v ?? BigInt(yParity + 27)), r, s },
        attester: message.attester,
        deadline: message.deadline,
      },
    ],
  });
  return writeContract(client, request);
}
