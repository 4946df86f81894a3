import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { loadDeployment } from "../chain/loadDeployment.ts";
import { defaultDeploymentsDir } from "../env.ts";
import { insertOrganization, insertSubmittedBatch, randomHash, waitFor } from "../testing/localChain.ts";
import { testDatabase, testLocalChain } from "../testing/suite.ts";

type IndexerProcess = { child: ChildProcess; active: boolean; exited: Promise<void> };

/** Starts `server.ts` with the index role only, as production does; `active` turns true when it logs that it holds the lock. */
function spawnIndexer(env: Record<string, string>): IndexerProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("../server.ts", import.meta.url))],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const indexer: IndexerProcess = {
    child,
    active: false,
    exited: new Promise((resolve) => child.once("exit", () => resolve())),
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    if (line.includes('"msg":"indexer active"')) indexer.active = true;
  });
  return indexer;
}

describe("one active indexer per chain", () => {
  const processes: IndexerProcess[] = [];
  // Declared before the suite fixtures, so it runs before theirs (after hooks run in order): the
  // processes stop before the chain and the database go.
  after(async () => {
    for (const p of processes) {
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGTERM");
      await p.exited;
    }
  });
  const chain = testLocalChain();
  const db = testDatabase();

  test("a standby takes over when the active process is killed with SIGKILL", async () => {
    // server.ts reads the committed deployments/31337: the fresh chain must match it.
    assert.deepEqual(chain.deployment.contracts, loadDeployment(31337, defaultDeploymentsDir).contracts);
    const organizationId = await insertOrganization(db, chain.organizationId);
    const [first, second] = [randomHash(), randomHash()];
    for (const root of [first, second]) await insertSubmittedBatch(db, { organizationId, root });
    const env = {
      DATABASE_URL: db.url,
      RPC_URL: chain.anvil.rpcUrl,
      ROLES: "index",
      PORT: "0",
      INDEXER_POLL_MS: "50",
      INDEXER_CONFIRMATIONS: "2",
      LOG_LEVEL: "info",
    };
    processes.push(spawnIndexer(env), spawnIndexer(env));
    await waitFor(async () => processes.some((p) => p.active), "one indexer to become active");
    await chain.anchorBatch(first);
    const status = async (root: string) =>
      (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root } })).status;
    await waitFor(async () => (await status(first)) === "anchored", "the first anchor to be indexed");
    assert.equal(processes.filter((p) => p.active).length, 1, "exactly one is active");

    const active = processes.find((p) => p.active) as IndexerProcess;
    const standby = processes.find((p) => !p.active) as IndexerProcess;
    active.child.kill("SIGKILL");
    await active.exited;
    await waitFor(async () => standby.active, "the standby to take over");
    await chain.anchorBatch(second);
    await waitFor(
      async () => (await status(second)) === "anchored",
      "the second anchor to be indexed by the standby",
    );
    await chain.mine(2);
    await waitFor(async () => (await status(second)) === "final", "the second anchor to become final");
    assert.equal(await db.prisma.chainLog.count({ where: { name: "TracemarkRegistry:BatchAnchored" } }), 2);
  });
});
