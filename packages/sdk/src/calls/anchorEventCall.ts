import type { Hex } from "viem";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";

export type AnchorEventCallParameters = {
  /** The organisation's registry id (`bytes16`). The sender must be one of its writers. */
  orgId: Hex;
  /** The event's leaf value (`eventHashToLeaf`). */
  eventHash: Hex;
  deployment: Deployment;
};

/**
 * The contract call `TracemarkRegistry.anchorEvent`.
 *
 * @example
 * encodeCall(anchorEventCall({ orgId, eventHash: leaf, deployment })) // { to, data }
 */
export function anchorEventCall(parameters: AnchorEventCallParameters) {
  return {
    address: parameters.deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: "anchorEvent",
    args: [parameters.orgId, parameters.eventHash],
  } as const;
}
