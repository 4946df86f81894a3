import { type Hex, zeroHash } from "viem";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";

export type AnchorBatchCallParameters = {
  /** The organisation's registry id (`bytes16`). The sender must be one of its writers. */
  orgId: Hex;
  /** The batch's Merkle root (`createMerkleBatch`). */
  root: Hex;
  eventCount: number;
  /** A hash of the batch manifest kept off chain; zero if none. */
  manifestHash?: Hex | undefined;
  manifestURI?: string | undefined;
  deployment: Deployment;
};

/**
 * The contract call `TracemarkRegistry.anchorBatch` (address, ABI, function, arguments), for
 * `writeContract`/`simulateContract` or, through `encodeCall`, a raw transaction.
 *
 * @example
 * encodeCall(anchorBatchCall({ orgId, root, eventCount: 50, deployment })) // { to, data }
 */
export function anchorBatchCall(parameters: AnchorBatchCallParameters) {
  return {
    address: parameters.deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: "anchorBatch",
    args: [
      parameters.orgId,
      parameters.root,
      parameters.eventCount,
      parameters.manifestHash ?? zeroHash,
      parameters.manifestURI ?? "",
    ],
  } as const;
}
