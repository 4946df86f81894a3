import type { Hex } from "viem";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";
import { computeLotKey } from "../recall/computeLotKey.ts";

export type DeclareRecallCallParameters = {
  /** The organisation's registry id (`bytes16`). The sender must be one of its writers. */
  orgId: Hex;
  gtin: string;
  lot: string;
  /** A hash of the reason kept off chain. */
  reasonHash: Hex;
  /** `true` to lift an existing recall instead of declaring one. */
  lift?: boolean | undefined;
  deployment: Deployment;
};

/**
 * The contract call `TracemarkRegistry.declareRecall` of a lot, or `liftRecall` with `lift: true`.
 *
 * @example
 * encodeCall(declareRecallCall({ orgId, gtin, lot, reasonHash, deployment })) // { to, data }
 */
export function declareRecallCall(parameters: DeclareRecallCallParameters) {
  return {
    address: parameters.deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: parameters.lift ? "liftRecall" : "declareRecall",
    args: [parameters.orgId, computeLotKey(parameters), parameters.reasonHash],
  } as const;
}
