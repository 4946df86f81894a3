import type { Deployment } from "@tracemark/sdk";
import {
  type StartDeployedChainParameters,
  startDeployedChain as start,
  type DeployedChain as TestkitDeployedChain,
} from "@tracemark/testkit";

export type DeployedChain = TestkitDeployedChain<Deployment>;

/** The testkit's `startDeployedChain`, typed with the SDK's `Deployment` for the API's tests. */
export function startDeployedChain(parameters: StartDeployedChainParameters = {}): Promise<DeployedChain> {
  return start<Deployment>(parameters);
}
