import type { Client } from "viem";
import { getChainId } from "viem/actions";
import { getDeployment } from "../deployments/getDeployment.ts";
import type { Deployment } from "../deployments/types.ts";

/** The deployment an action works with: the one given, or the SDK's for the client's chain. */
export async function resolveDeployment(
  client: Client,
  deployment: Deployment | undefined,
): Promise<Deployment> {
  if (deployment) return deployment;
  return getDeployment(client.chain?.id ?? (await getChainId(client)));
}
