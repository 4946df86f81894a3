import type { Client, Hex } from "viem";
import { readContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkRegistryAbi } from "../generated/abis.ts";
import { computeLotKey } from "../recall/computeLotKey.ts";

export type GetRecallStateParameters = {
  orgId: Hex;
  gtin: string;
  lot: string;
  deployment: Deployment;
};
/** A lot's recall state on chain; times in unix seconds, `null` when never declared/lifted. */
export type GetRecallStateReturnType = {
  recalled: boolean;
  declaredAt: number | null;
  liftedAt: number | null;
  reasonHash: Hex;
  liftReasonHash: Hex;
};

/**
 * Reads whether an organisation's lot is recalled (`TracemarkRegistry.recallOf`).
 *
 * @example
 * const { recalled } = await getRecallState(publicClient, { orgId, gtin: "09520123456788", lot: "L1", deployment })
 */
export async function getRecallState(
  client: Client,
  parameters: GetRecallStateParameters,
): Promise<GetRecallStateReturnType> {
  const { deployment } = parameters;
  const recall = await readContract(client, {
    address: deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName: "recallOf",
    args: [parameters.orgId, computeLotKey({ gtin: parameters.gtin, lot: parameters.lot })],
  });
  return {
    recalled: recall.recalled,
    declaredAt: Number(recall.declaredAt) || null,
    liftedAt: Number(recall.liftedAt) || null,
    reasonHash: recall.reasonHash,
    liftReasonHash: recall.liftReasonHash,
  };
}
