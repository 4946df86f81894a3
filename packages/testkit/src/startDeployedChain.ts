import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Anvil, type StartAnvilParameters, startAnvil } from "./startAnvil.ts";

/**
 * A local anvil with Tracemark's contracts deployed. `TDeployment` is the deployment description
 * the deployment script returns (`Deployment` of `@tracemark/sdk`; the testkit does not depend on
 * the SDK, which depends on it for its tests).
 */
export type DeployedChain<TDeployment> = { anvil: Anvil; deployment: TDeployment; stop: () => Promise<void> };
export type StartDeployedChainParameters = StartAnvilParameters;

type DeployContracts = (parameters: {
  rpcUrl: string;
  deploymentsDir: string;
  ignitionDeploymentId: string;
}) => Promise<unknown>;

const repo = fileURLToPath(new URL("../../../", import.meta.url));

/** A cache key that changes whenever the contracts do (their generated ABIs change with them). */
function contractsFingerprint(): string {
  const abis = readFileSync(join(repo, "packages/sdk/src/generated/abis.ts"));
  const module = readFileSync(join(repo, "ignition/modules/Tracemark.ts"));
  return createHash("sha256").update(abis).update(module).digest("hex").slice(0, 16);
}

/** Deploys with the real deployment script onto a fresh anvil that dumps its state to `stateFile` on exit. */
async function deployOnce(stateFile: string): Promise<unknown> {
  const anvil = await startAnvil({ args: ["--dump-state", stateFile] });
  const dir = mkdtempSync(join(tmpdir(), "tracemark-deploy-"));
  const ignitionDeploymentId = `test-${anvil.port}-${Date.now()}`;
  try {
    // Imported by URL: the script is Hardhat's, outside this package's compilation.
    const script = new URL("../../../scripts/deploy-contracts.ts", import.meta.url).href;
    const { deployContracts } = (await import(script)) as { deployContracts: DeployContracts };
    return await deployContracts({ rpcUrl: anvil.rpcUrl, deploymentsDir: dir, ignitionDeploymentId });
  } finally {
    await anvil.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(repo, "ignition/deployments", ignitionDeploymentId), { recursive: true, force: true });
  }
}

/**
 * A fresh anvil with Tracemark's contracts deployed by the real deployment script
 * (scripts/deploy-contracts.ts), the one way tests, end-to-end runs and benchmarks get a chain. The
 * first call deploys and saves the chain's state in the temp folder; later calls (other test files,
 * later runs) start anvil from that state, which takes a fraction of a second.
 *
 * @example
 * const chain = await startDeployedChain<Deployment>({ args: ["--block-time", "1"] });
 * chain.deployment.contracts.TracemarkRegistry.address; await chain.stop();
 */
export async function startDeployedChain<TDeployment>(
  parameters: StartDeployedChainParameters = {},
): Promise<DeployedChain<TDeployment>> {
  const base = join(tmpdir(), `tracemark-deployed-${contractsFingerprint()}`);
  if (!existsSync(`${base}.json`)) {
    const partial = `${base}.${process.pid}`;
    const deployment = await deployOnce(`${partial}.state`);
    writeFileSync(`${partial}.json`, JSON.stringify(deployment));
    renameSync(`${partial}.state`, `${base}.state`);
    renameSync(`${partial}.json`, `${base}.json`);
  }
  const deployment = JSON.parse(readFileSync(`${base}.json`, "utf8")) as TDeployment;
  const anvil = await startAnvil({
    ...parameters,
    args: ["--load-state", `${base}.state`, ...(parameters.args ?? [])],
  });
  return { anvil, deployment, stop: () => anvil.stop() };
}
