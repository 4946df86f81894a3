/**
 * The e2e suite's chain: anvil on the port given as the first argument, with Tracemark's contracts
 * deployed by the real deployment script (the testkit caches the deployed state, so later
 * runs load it in a fraction of a second). Runs until SIGTERM or SIGINT.
 */
import type { Deployment } from "@tracemark/sdk";
import { startDeployedChain } from "@tracemark/testkit";
import { loadDeployment } from "../../api/src/chain/loadDeployment.ts";
import { defaultDeploymentsDir } from "../../api/src/env.ts";

const port = Number(process.argv[2]);
const { deployment, stop } = await startDeployedChain<Deployment>({ port });
const committed = loadDeployment(31337, defaultDeploymentsDir);
if (deployment.contracts.TracemarkRegistry.address !== committed.contracts.TracemarkRegistry.address) {
  await stop();
  throw new Error(
    "The deployed contracts are not at the addresses in deployments/31337: the API would not find them.",
  );
}
console.log(`chain ready on ${port}`);
const shutdown = async () => {
  await stop();
  process.exit(0);
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
setInterval(() => {}, 1 << 30);
