import { type Address, type Hex, zeroAddress, zeroHash } from "viem";
import type { EasDomain } from "./types.ts";

/** EAS's EIP-712 type of a delegated attestation (`EIP1271Verifier.ATTEST_TYPEHASH`). */
export const attestTypes = {
  Attest: [
    { name: "attester", type: "address" },
    { name: "schema", type: "bytes32" },
    { name: "recipient", type: "address" },
    { name: "expirationTime", type: "uint64" },
    { name: "revocable", type: "bool" },
    { name: "refUID", type: "bytes32" },
    { name: "data", type: "bytes" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint64" },
  ],
} as const;

export type BuildAttestationTypedDataParameters = {
  domain: EasDomain;
  attester: Address;
  /** The schema UID (see `getAuditSchemaUid`). */
  schema: Hex;
  /** ABI-encoded data (see `encodeAuditData`). */
  data: Hex;
  /** Unix seconds after which the attestation is expired; `0n` never. */
  expirationTime: bigint;
  /** The attester's current EAS nonce (`getNonce(attester)`). */
  nonce: bigint;
  /** Unix seconds after which the signature can no longer be used; `0n` never. */
  deadline: bigint;
  recipient?: Address | undefined;
  revocable?: boolean | undefined;
  refUID?: Hex | undefined;
  value?: bigint | undefined;
};

/**
 * The EIP-712 typed data an auditor signs for an EAS delegated attestation
 * (`EAS.attestByDelegation`), ready for `walletClient.signTypedData` / wagmi `useSignTypedData`.
 *
 * @example
 * const typedData = buildAttestationTypedData({ domain, attester, schema, data: encodeAuditData(audit), expirationTime: 0n, nonce, deadline })
 * const signature = await walletClient.signTypedData({ account: attester, ...typedData })
 */
export function buildAttestationTypedData(parameters: BuildAttestationTypedDataParameters) {
  return {
    domain: parameters.domain,
    types: attestTypes,
    primaryType: "Attest" as const,
    message: {
      attester: parameters.attester,
      schema: parameters.schema,
      recipient: parameters.recipient ?? zeroAddress,
      expirationTime: parameters.expirationTime,
      revocable: parameters.revocable ?? true,
      refUID: parameters.refUID ?? zeroHash,
      data: parameters.data,
      value: parameters.value ?? 0n,
      nonce: parameters.nonce,
      deadline: parameters.deadline,
    },
  };
}

export type BuildAttestationTypedDataReturnType = ReturnType<typeof buildAttestationTypedData>;
