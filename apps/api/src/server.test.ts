import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@tracemark/db";
import type { Deployment } from "@tracemark/sdk";
import { freePort, startPostgres } from "@tracemark/testkit";
import { type DeployedChain, deploymentsDirWith, startDeployedChain } from "./testing/deployedChain.ts";

const serverEntry = fileURLToPath(new URL("./server.ts", import.meta.url));

/** The API program as its own process, its log lines collected as they come. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", serverEntry], {
    env: { ...process.env, ROLES: "submit", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const waiters = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of waiters) wake();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    /** Waits until the output contains `text` (or the process ends without it). */
    until: (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (output.includes(text)) {
            waiters.delete(check);
            resolve();
          }
        };
        waiters.add(check);
        check();
        void exited.then(() => {
          if (!output.includes(text)) reject(new Error(`exited without "${text}":\n${output}`));
        });
      }),
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

describe("the database knows its chain: server.ts against a recorded chain", () => {
  let db: TestDatabase;
  let chain: DeployedChain;
  let base: DeployedChain;
  const dirs: string[] = [];
  before(async () => {
    [db, chain, base] = await Promise.all([
      createTestDatabase(),
      startDeployedChain(),
      startDeployedChain({ args: ["--chain-id", "8453"] }),
    ]);
  });
  after(async () => {
    await Promise.all([db.drop(), chain.stop(), base.stop()]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const dirFor = (deployment: Deployment) => {
    const dir = deploymentsDirWith(deployment);
    dirs.push(dir);
    return dir;
  };

  test("the first start records the chain; the same chain starts again; another chain or other addresses are refused, naming what differs", {
    timeout: 120_000,
  }, async () => {
    const env = {
      DATABASE_URL: db.url,
      RPC_URL: chain.anvil.rpcUrl,
      DEPLOYMENTS_DIR: dirFor(chain.deployment),
    };
    const first = startServer(env);
    await first.until("tracemark api started");
    await stop(first.child);
    const recorded = await db.prisma.chainBinding.findUniqueOrThrow({ where: { id: true } });
    assert.equal(recorded.chainId, 31337);
    assert.deepEqual(recorded.deployment, chain.deployment);

    const again = startServer(env);
    await again.until("tracemark api started");
    await stop(again.child);

    const otherChain = startServer({
      DATABASE_URL: db.url,
      RPC_URL: base.anvil.rpcUrl,
      DEPLOYMENTS_DIR: dirFor({ ...chain.deployment, chainId: 8453 }),
    });
    assert.equal(await otherChain.exited, 1, otherChain.output());
    assert.match(otherChain.output(), /chain id 31337 recorded, the node says 8453/);
    assert.doesNotMatch(otherChain.output(), /tracemark api started/);

    const registry = chain.deployment.contracts.TracemarkRegistry.address;
    const elsewhere = "0x000000000000000000000000000000000000dEaD";
    const otherAddresses = startServer({
      ...env,
      DEPLOYMENTS_DIR: dirFor({
        ...chain.deployment,
        contracts: {
          ...chain.deployment.contracts,
          TracemarkRegistry: { ...chain.deployment.contracts.TracemarkRegistry, address: elsewhere },
        },
      }),
    });
    assert.equal(await otherAddresses.exited, 1, otherAddresses.output());
    assert.ok(
      otherAddresses
        .output()
        .includes(`TracemarkRegistry address ${registry} recorded, the deployment file says ${elsewhere}`),
      otherAddresses.output(),
    );
    const still = await db.prisma.chainBinding.findUniqueOrThrow({ where: { id: true } });
    assert.deepEqual(still.deployment, chain.deployment, "a refused start changes nothing recorded");
  });
});

describe("recovery at start: server.ts started while Postgres is down", () => {
  let chain: DeployedChain;
  let dir: string;
  before(async () => {
    chain = await startDeployedChain();
    dir = deploymentsDirWith(chain.deployment);
  });
  after(async () => {
    await chain.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("it waits, saying for what, retries with backoff and starts when Postgres is back", {
    timeout: 120_000,
  }, async () => {
    const postgres = startPostgres(await freePort());
    postgres.halt();
    const server = startServer({
      DATABASE_URL: postgres.url,
      RPC_URL: chain.anvil.rpcUrl,
      DEPLOYMENTS_DIR: dir,
      START_RETRY_MS: "50",
      START_RETRY_MAX_MS: "400",
    });
    let down = true;
    try {
      await server.until("waiting for the database");
      await server.until("retrying in"); // a second wait, so not a crash after the first
      assert.equal(server.child.exitCode, null, server.output());
      postgres.restart();
      down = false;
      await server.until("tracemark api started");
    } finally {
      await stop(server.child);
      if (down) postgres.restart();
      postgres.stop();
    }
  });
});
