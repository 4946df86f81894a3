import type { Address, Client, Hex } from "viem";
import { verifyTypedData } from "viem/actions";
import type { BuildAttestationTypedDataReturnType } from "./buildAttestationTypedData.ts";
import type { BuildRevocationTypedDataReturnType } from "./buildRevocationTypedData.ts";

export type VerifyAttestationSignatureParameters = {
  typedData: BuildAttestationTypedDataReturnType | BuildRevocationTypedDataReturnType;
  signature: Hex;
  /** The claimed attester (or revoker): an account or a smart-contract wallet. */
  signer: Address;
};
export type VerifyAttestationSignatureReturnType = boolean;

/**
 * Whether `signer` signed a delegated attestation (or revocation) as EAS will check it: an EOA's
 * EIP-712 signature, or, for a smart-contract wallet, its ERC-1271 `isValidSignature` answered by
 * the chain. Malformed signatures yield `false`.
 *
 * @example
 * await verifyAttestationSignature(publicClient, { typedData, signature, signer: auditor })
 */
export async function verifyAttestationSignature(
  client: Client,
  parameters: VerifyAttestationSignatureParameters,
): Promise<VerifyAttestationSignatureReturnType> {
  try {
    const request = { ...parameters.typedData, address: parameters.signer, signature: parameters.signature };
    return await verifyTypedData(client, request as unknown as Parameters<typeof verifyTypedData>[1]);
  } catch {
    return false;
  }
}
