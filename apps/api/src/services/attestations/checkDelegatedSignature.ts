import { recoverAttestationSigner } from "@tracemark/sdk";
import { type Address, type Hex, hashTypedData, hexToBigInt, isAddressEqual, parseSignature } from "viem";
import { invalidField } from "../../errors/domain.ts";

/** Half the order of secp256k1: OpenZeppelin's `ECDSA`, which EAS uses, refuses a larger `s` (EIP-2). */
const HALF_CURVE_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

export type CheckDelegatedSignatureParameters = {
  typedData: Parameters<typeof recoverAttestationSigner>[0]["typedData"];
  signature: Hex;
  /** The attester (or revoker) the request names. */
  signer: Address;
  /** What was signed, in words, for the error: "attestation", "revocation". */
  what: string;
};

/**
 * Checks a delegated request's signature as EAS will (EIP-712 in the deployed EAS domain,
 * recovered to the named signer, `v` 27/28 or 0/1, `s` in the lower half) and returns the
 * request's EIP-712 digest, which names the signed request whatever its signature's bytes.
 * Throws an `InvalidInputError` naming `body.signature` otherwise.
 *
 * @example
 * const digest = await checkDelegatedSignature({ typedData, signature, signer: attester, what: "attestation" })
 */
export async function checkDelegatedSignature(parameters: CheckDelegatedSignatureParameters): Promise<Hex> {
  const { typedData, signature, signer, what } = parameters;
  let s: Hex;
  try {
    s = parseSignature(signature).s;
  } catch {
    throw invalidField("body.signature", "is not an ECDSA signature (r, s, then v of 27 or 28)");
  }
  if (hexToBigInt(s) > HALF_CURVE_ORDER) {
    throw invalidField(
      "body.signature",
      "has s in the upper half of the curve order, which EAS refuses (EIP-2): sign again",
    );
  }
  const recovered = await recoverAttestationSigner({ typedData, signature }).catch(() => undefined);
  if (!recovered || !isAddressEqual(recovered, signer)) {
    throw invalidField(
      "body.signature",
      `is not the ${what === "revocation" ? "revoker" : "attester"}'s signature of this ${what} in the EAS domain`,
    );
  }
  return hashTypedData(typedData as Parameters<typeof hashTypedData>[0]);
}
