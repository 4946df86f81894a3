import type { Address, Client } from "viem";
import { readContract } from "viem/actions";
import type { Deployment } from "../deployments/types.ts";
import { easAbi } from "../generated/abis.ts";
import { resolveDeployment } from "./resolveDeployment.ts";

export type GetEasNonceParameters = { account: Address; deployment?: Deployment | undefined };
export type GetEasNonceReturnType = bigint;

/**
 * The account's current EAS nonce (`EAS.getNonce`), which its next delegated signature must carry.
 *
 * @example
 * const nonce = await getEasNonce(publicClient, { account: auditor })
 */
export async function getEasNonce(
  client: Client,
  parameters: GetEasNonceParameters,
): Promise<GetEasNonceReturnType> {
  const deployment = await resolveDeployment(client, parameters.deployment);
  return readContract(client, {
    address: deployment.contracts.EAS.address,
    abi: easAbi,
    functionName: "getNonce",
    args: [parameters.account],
  });
}
