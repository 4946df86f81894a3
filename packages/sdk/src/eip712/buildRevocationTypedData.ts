import type { Address, Hex } from "viem";
import type { EasDomain } from "./types.ts";

/** EAS's EIP-712 type of a delegated revocation (`EIP1271Verifier.REVOKE_TYPEHASH`). */
export const revokeTypes = {
  Revoke: [
    { name: "revoker", type: "address" },
    { name: "schema", type: "bytes32" },
    { name: "uid", type: "bytes32" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint64" },
  ],
} as const;

export type BuildRevocationTypedDataParameters = {
  domain: EasDomain;
  revoker: Address;
  schema: Hex;
  uid: Hex;
  nonce: bigint;
  deadline: bigint;
  value?: bigint | undefined;
};

/**
 * The EIP-712 typed data an auditor signs to revoke an attestation by delegation (`EAS.revokeByDelegation`).
 *
 * @example
 * const signature = await walletClient.signTypedData({ account, ...buildRevocationTypedData({ domain, revoker, schema, uid, nonce, deadline: 0n }) })
 */
export function buildRevocationTypedData(parameters: BuildRevocationTypedDataParameters) {
  return {
    domain: parameters.domain,
    types: revokeTypes,
    primaryType: "Revoke" as const,
    message: {
      revoker: parameters.revoker,
      schema: parameters.schema,
      uid: parameters.uid,
      value: parameters.value ?? 0n,
      nonce: parameters.nonce,
      deadline: parameters.deadline,
    },
  };
}

export type BuildRevocationTypedDataReturnType = ReturnType<typeof buildRevocationTypedData>;
