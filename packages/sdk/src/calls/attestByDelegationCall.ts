import { type Hex, parseSignature } from "viem";
import { easAbiWithResolverErrors } from "../actions/easAbiWithResolverErrors.ts";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import type { BuildAttestationTypedDataReturnType } from "../eip712/buildAttestationTypedData.ts";

export type AttestByDelegationCallParameters = {
  /** The typed data's message the auditor signed (`buildAttestationTypedData(…).message`). */
  message: Omit<BuildAttestationTypedDataReturnType["message"], "nonce">;
  /** The auditor's signature over it. */
  signature: Hex;
  deployment: Deployment;
};

/**
 * The contract call `EAS.attestByDelegation` relaying an auditor's signed attestation (its ABI
 * carries the audit resolver's errors, so a simulation names them).
 *
 * @example
 * encodeCall(attestByDelegationCall({ message: typedData.message, signature, deployment })) // { to, data }
 */
export function attestByDelegationCall(parameters: AttestByDelegationCallParameters) {
  const { message } = parameters;
  return {
    address: parameters.deployment.contracts.EAS.address,
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
        signature: eip712Signature(parameters.signature),
        attester: message.attester,
        deadline: message.deadline,
      },
    ],
  } as const;
}

/** A 65-byte signature as EAS's `Signature` struct (`v` 27 or 28). */
export function eip712Signature(signature: Hex) {
  const { r, s, v, yParity } = parseSignature(signature);
  return { v: Number(v ?? BigInt(yParity + 27)), r, s };
}
