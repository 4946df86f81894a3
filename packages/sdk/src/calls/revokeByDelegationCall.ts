import type { Hex } from "viem";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import type { BuildRevocationTypedDataReturnType } from "../eip712/buildRevocationTypedData.ts";
import { easAbi } from "../generated/abis.ts";
import { eip712Signature } from "./attestByDelegationCall.ts";

export type RevokeByDelegationCallParameters = {
  /** The typed data's message the revoker signed (`buildRevocationTypedData(…).message`). */
  message: Omit<BuildRevocationTypedDataReturnType["message"], "nonce">;
  /** The revoker's signature over it. */
  signature: Hex;
  deployment: Deployment;
};

/**
 * The contract call `EAS.revokeByDelegation` relaying a signed revocation.
 *
 * @example
 * encodeCall(revokeByDelegationCall({ message: typedData.message, signature, deployment })) // { to, data }
 */
export function revokeByDelegationCall(parameters: RevokeByDelegationCallParameters) {
  const { message } = parameters;
  return {
    address: parameters.deployment.contracts.EAS.address,
    abi: easAbi,
    functionName: "revokeByDelegation",
    args: [
      {
        schema: message.schema,
        data: { uid: message.uid, value: message.value },
        signature: eip712Signature(parameters.signature),
        revoker: message.revoker,
        deadline: message.deadline,
      },
    ],
  } as const;
}
