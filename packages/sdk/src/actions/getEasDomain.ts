import type { Client } from "viem";
import { getChainId, readContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import type { EasDomain } from "../eip712/types.ts";
import { easAbi } from "../generated/abis.ts";

export type GetEasDomainParameters = { deployment: Deployment };
export type GetEasDomainReturnType = EasDomain;

/**
 * The EIP-712 domain of the deployed EAS contract, read from the chain: name (`getName()`, "EAS"),
 * version (`version()`), chain id and address. Use it with `buildAttestationTypedData`.
 *
 * @example
 * const domain = await getEasDomain(publicClient, { deployment })
 */
export async function getEasDomain(
  client: Client,
  parameters: GetEasDomainParameters,
): Promise<GetEasDomainReturnType> {
  const { deployment } = parameters;
  const address = deployment.contracts.EAS.address;
  const [name, version, chainId] = await Promise.all([
    readContract(client, { address, abi: easAbi, functionName: "getName" }),
    readContract(client, { address, abi: easAbi, functionName: "version" }),
    client.chain?.id ?? getChainId(client),
  ]);
  return { name, version, chainId, verifyingContract: address };
}
