import { type Address, type Hex, recoverTypedDataAddress } from "viem";
import type { BuildAttestationTypedDataReturnType } from "./buildAttestationTypedData.ts";
import type { BuildRevocationTypedDataReturnType } from "./buildRevocationTypedData.ts";

export type RecoverAttestationSignerParameters = {
  typedData: BuildAttestationTypedDataReturnType | BuildRevocationTypedDataReturnType;
  signature: Hex;
};

/**
 * The address whose key produced `signature` over a delegated attestation or revocation (EOA
 * signatures; smart-contract wallets are checked by EAS on chain through ERC-1271). Compare it with
 * the claimed attester to check a signature. Throws viem's error for a malformed signature.
 *
 * @example
 * (await recoverAttestationSigner({ typedData, signature })) === attester
 */
export async function recoverAttestationSigner(
  parameters: RecoverAttestationSignerParameters,
): Promise<Address> {
  return recoverTypedDataAddress({ ...parameters.typedData, signature: parameters.signature } as Parameters<
    typeof recoverTypedDataAddress
  >[0]);
}
