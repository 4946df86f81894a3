import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { TestDatabase } from "@tracemark/db";
import type { Hex, PublicClient } from "viem";
import { type DeployedChain, deploymentsDirWith } from "./testing/deployedChain.ts";
import {
  anchorLogs,
  createAdmittedOrg,
  deployedChainAndDatabase,
  expectAnchoredExactlyOnce,
  insertPendingEvents,
} from "./testing/pipelineFixtures.ts";
import { prng } from "./testing/prng.ts";

const serverEntry = fileURLToPath(new URL("./server.ts", import.meta.url));

describe("chaos: the submitter and the indexer killed with SIGKILL at random points while events stream in", () => {
  let db: TestDatabase;
  let chain: DeployedChain;
  let client: PublicClient;
  let deploymentsDir: string;
  const children = new Set<ChildProcess>();

  before(async () => {
    ({ db, chain, client } = await deployedChainAndDatabase());
    deploymentsDir = deploymentsDirWith(chain.deployment);
  });
  after(async () => {
    for (const child of children) child.kill("SIGKILL");
    await Promise.all([db.drop(), chain.stop()]);
    rmSync(deploymentsDir, { recursive: true, force: true });
  });

  /** The API program in one role, as its own process (no wrapper, so SIGKILL hits it). */
  function startRole(role: "submit" | "index"): ChildProcess {
    const child = spawn(process.execPath, ["--import", "tsx", serverEntry], {
      env: {
        ...process.env,
        ROLES: role,
        // Its probes (/health, /ready, /metrics) on a port of its own: several roles share this host.
        PORT: "0",
        DATABASE_URL: db.url,
        RPC_URL: chain.anvil.rpcUrl,
        DEPLOYMENTS_DIR: deploymentsDir,
        BATCH_MAX_EVENTS: "60",
        BATCH_WINDOW_MS: "150",
        SUBMIT_POLL_MS: "30",
        INDEXER_POLL_MS: "100",
        INDEXER_CONFIRMATIONS: "1",
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    children.add(child);
    child.once("exit", () => children.delete(child));
    return child;
  }

  function kill(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
  }

  test("every accepted event is anchored exactly once, and the database equals the chain", {
    timeout: 300_000,
  }, async () => {
    const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const org = await createAdmittedOrg(db);
    const accepted: { id: string }[] = [];
    let streaming = true;
    const stream = (async () => {
      while (streaming) {
        accepted.push(...(await insertPendingEvents(db, org, 1 + Math.floor(random() * 25))));
        await sleep(50 + random() * 100);
      }
    })();

    let submitter = startRole("submit");
    let indexer = startRole("index");
    const kills = { submit: 0, index: 0 };
    for (let round = 0; round < 12; round++) {
      await sleep(800 + random() * 2_500);
      if (random() < 0.5) {
        await kill(submitter);
        kills.submit += 1;
        submitter = startRole("submit");
      } else {
        await kill(indexer);
        kills.index += 1;
        indexer = startRole("index");
      }
    }
    streaming = false;
    await stream;

    // Let the last processes finish the work, as a restart would.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const notIndexed = await db.prisma.event.count({
        where: {
          organizationId: org,
          OR: [{ batchId: null }, { batch: { status: { notIn: ["anchored", "final"] } } }],
        },
      });
      const open = await db.prisma.chainTransaction.count({ where: { status: { in: ["unsent", "sent"] } } });
      if (notIndexed === 0 && open === 0) break;
      if (Date.now() > deadline)
        throw new Error(
          `seed ${seed}: ${notIndexed} events not anchored and indexed, ${open} transactions open`,
        );
      await sleep(250);
    }
    await Promise.all([kill(submitter), kill(indexer)]);

    await expectAnchoredExactlyOnce({ db, deployment: chain.deployment }, client, accepted);

    // The database equals the chain: the same roots, each at the block and hash the chain has.
    const onChain = new Map<string, { blockNumber: bigint; blockHash: Hex }>();
    for (const log of await anchorLogs(client, chain.deployment.contracts.TracemarkRegistry.address)) {
      onChain.set(log.anchored, log);
    }
    const batches = await db.prisma.anchorBatch.findMany({ where: { organizationId: org } });
    assert.equal(
      batches.length,
      onChain.size,
      `seed ${seed}: as many batches in the database as anchors on chain`,
    );
    for (const batch of batches) {
      const anchor = onChain.get(batch.root.toLowerCase());
      assert.ok(anchor, `seed ${seed}: batch ${batch.root} is on chain`);
      assert.equal(batch.blockNumber, anchor.blockNumber, `seed ${seed}: block number of ${batch.root}`);
      assert.equal(
        batch.blockHash?.toLowerCase(),
        anchor.blockHash.toLowerCase(),
        `seed ${seed}: block hash of ${batch.root}`,
      );
      assert.ok(batch.status === "anchored" || batch.status === "final");
    }
    const eventsInBatches = batches.reduce((sum, batch) => sum + batch.eventCount, 0);
    assert.equal(eventsInBatches, accepted.length, `seed ${seed}: every accepted event in exactly one batch`);
    assert.ok(kills.submit + kills.index === 12);
  });
});
