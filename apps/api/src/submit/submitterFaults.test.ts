import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { createTestDatabase, migrate, openDatabase, type TestDatabase } from "@tracemark/db";
import {
  type Fault,
  type FaultProxy,
  freePort,
  startAnvil,
  startFaultProxy,
  startPostgres,
} from "@tracemark/testkit";
import { createPublicClient, http, type PublicClient } from "viem";
import { readConfig } from "../env.ts";
import { type DeployedChain, startDeployedChain } from "../testing/deployedChain.ts";
import {
  createAdmittedOrg,
  deployedChainAndDatabase,
  expectAnchoredExactlyOnce,
  insertPendingEvents,
  silentLogger,
} from "../testing/pipelineFixtures.ts";
import { startSubmitter } from "./startSubmitter.ts";

async function waitUntilDrained(db: { prisma: TestDatabase["prisma"] }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const pending = await db.prisma.event.count({ where: { batchId: null } });
      const open = await db.prisma.chainTransaction.count({ where: { status: { in: ["unsent", "sent"] } } });
      const outbox = await db.prisma.outboxItem.count({ where: { doneAt: null } });
      if (pending + open + outbox === 0) return;
    } catch {
      // The database may be restarting.
    }
    await sleep(200);
  }
  throw new Error("the pipeline did not drain in time");
}

describe("submitter under RPC faults", () => {
  let db: TestDatabase;
  let chain: DeployedChain;
  let proxy: FaultProxy;
  let stateDir: string;

  before(async () => {
    stateDir = mkdtempSync(join(tmpdir(), "tracemark-node-"));
    [db, chain] = await Promise.all([
      createTestDatabase(),
      startDeployedChain({ args: ["--dump-state", join(stateDir, "state.json")] }),
    ]);
    proxy = await startFaultProxy(chain.anvil.rpcUrl);
  });
  after(async () => {
    await proxy.stop();
    // The node may have been restarted by the test: stop whichever one runs now.
    await Promise.all([db.drop(), chain.anvil.stop()]);
    rmSync(stateDir, { recursive: true, force: true });
  });

  test("errors, 429s, timeouts, a hang and a node restart: nothing lost, nothing doubled, recovery on its own", {
    timeout: 180_000,
  }, async () => {
    const config = readConfig({
      BATCH_MAX_EVENTS: "50",
      BATCH_WINDOW_MS: "100",
      SUBMIT_POLL_MS: "50",
      TX_REPLACE_AFTER_MS: "3000",
    });
    const client = createPublicClient({ transport: http(proxy.rpcUrl, { retryCount: 0, timeout: 1_000 }) });
    const org = await createAdmittedOrg(db);
    const submitter = startSubmitter({ config, db, chain: client }, silentLogger);
    const accepted: { id: string }[] = [];
    const stream = async (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        accepted.push(...(await insertPendingEvents(db, org, 15)));
        await sleep(100);
      }
    };
    /** Keeps a fault on, events streaming, until the submitter has met it a few times. */
    const withFault = async (fault: Fault, options?: { delayMs?: number }) => {
      const before = proxy.counts[fault];
      proxy.setFault(fault, options);
      const until = Date.now() + 30_000;
      while (proxy.counts[fault] < before + 3 && Date.now() < until) await stream(200);
      proxy.setFault("pass");
      await stream(500);
    };
    try {
      await stream(1_000);
      for (const fault of ["http500", "rateLimit", "rpcError", "reset", "hang"] as const)
        await withFault(fault);
      await withFault("slow", { delayMs: 1_500 });

      // The node restarts (same port, same chain state).
      const port = chain.anvil.port;
      await chain.anvil.stop();
      await stream(1_500);
      const restarted = await startAnvil({ port, args: ["--load-state", join(stateDir, "state.json")] });
      chain.anvil = restarted;
      await stream(1_000);

      await waitUntilDrained(db, 90_000);
    } finally {
      await submitter.stop();
    }
    const direct: PublicClient = createPublicClient({ transport: http(chain.anvil.rpcUrl) });
    await expectAnchoredExactlyOnce({ db, deployment: chain.deployment }, direct, accepted);
    assert.ok(
      proxy.counts.http500 > 0 && proxy.counts.rateLimit > 0 && proxy.counts.hang > 0,
      "the faults were hit",
    );
  });
});

describe("submitter while Postgres restarts", () => {
  test("no partial writes, recovery without a manual step", { timeout: 180_000 }, async () => {
    const postgres = startPostgres(await freePort());
    const chain = await startDeployedChain();
    const db = await openDatabase({ url: postgres.url });
    try {
      await migrate(db);
      const config = readConfig({ BATCH_MAX_EVENTS: "40", BATCH_WINDOW_MS: "100", SUBMIT_POLL_MS: "50" });
      const client = createPublicClient({
        transport: http(chain.anvil.rpcUrl, { retryCount: 0, timeout: 2_000 }),
      });
      const org = await createAdmittedOrg(db);
      const submitter = startSubmitter({ config, db, chain: client }, silentLogger);
      const accepted: { id: string }[] = [];
      const insert = async () => {
        try {
          accepted.push(...(await insertPendingEvents(db, org, 20)));
        } catch {
          // Refused while the database is down: not accepted, so not counted.
        }
      };
      try {
        for (let i = 0; i < 10; i++) {
          await insert();
          await sleep(100);
        }
        for (let restart = 0; restart < 2; restart++) {
          postgres.halt();
          await sleep(1_000);
          postgres.restart();
          for (let i = 0; i < 10; i++) {
            await insert();
            await sleep(100);
          }
        }
        await waitUntilDrained(db, 90_000);
      } finally {
        await submitter.stop();
      }
      await expectAnchoredExactlyOnce({ db, deployment: chain.deployment }, client, accepted);
      // No batch was left half-written: every batch's event count matches its events.
      const batches = await db.prisma.anchorBatch.findMany({
        include: { _count: { select: { events: true } } },
      });
      for (const batch of batches) assert.equal(batch._count.events, batch.eventCount, `batch ${batch.root}`);
    } finally {
      await db.close();
      await chain.stop();
      postgres.stop();
    }
  });
});

describe("submitter whose node forgets its transactions", () => {
  test("the running submitter sends them again at once: the replace timer (an hour) never fires, every event anchored once", {
    timeout: 120_000,
  }, async () => {
    const { db, chain, client, rpc } = await deployedChainAndDatabase();
    try {
      const config = readConfig({
        BATCH_MAX_EVENTS: "50",
        BATCH_WINDOW_MS: "0",
        SUBMIT_POLL_MS: "50",
        TX_REPLACE_AFTER_MS: "3600000",
      });
      const org = await createAdmittedOrg(db);
      const accepted = await insertPendingEvents(db, org, 20);
      const submitter = startSubmitter({ config, db, chain: client }, silentLogger);
      try {
        await waitUntilDrained(db, 60_000);
        // Blocks stop coming; the submitter sends the next anchors into the node's pool…
        await rpc("evm_setAutomine", [false]);
        accepted.push(...(await insertPendingEvents(db, org, 120)));
        const deadline = Date.now() + 60_000;
        while ((await db.prisma.chainTransaction.count({ where: { status: "sent" } })) < 3) {
          assert.ok(Date.now() < deadline, "the submitter sent the anchors");
          await sleep(50);
        }
        // …and the node loses its pool (a restart, a reorg): later nonces would wait behind the first.
        await rpc("anvil_dropAllTransactions");
        await rpc("evm_setAutomine", [true]);
        await waitUntilDrained(db, 60_000);
      } finally {
        await rpc("evm_setAutomine", [true]);
        await submitter.stop();
      }
      await expectAnchoredExactlyOnce({ db, deployment: chain.deployment }, client, accepted);
      const all = await db.prisma.chainTransaction.findMany({ select: { hashes: true } });
      assert.ok(
        all.every((tx) => tx.hashes.length === 1),
        "sent again with the same bytes, never replaced",
      );
    } finally {
      await Promise.all([db.drop(), chain.stop()]);
    }
  });
});
