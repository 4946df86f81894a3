import type { Address, Client } from "viem";
import { readContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { easAbi } from "../generated/abis.ts";

export type GetEasNonceParameters = { account: Address; deployment: Deployment };
export type GetEasNonceReturnType = bigint;

/**
 * The account's current EAS nonce (`EAS.getNonce`), which its next delegated signature must carry.
 *
 * @example
 * const nonce = await getEasNonce(publicClient, { account: auditor, deployment })
 */
export async function getEasNonce(
  client: Client,
  parameters: GetEasNonceParameters,
): Promise<GetEasNonceReturnType> {
  const { deployment } = parameters;
  return readContract(client, {
    address: deployment.contracts.EAS.address,
    abi: easAbi,
    functionName: "getNonce",
    args: [parameters.account],
  });
}
