import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createTestDatabase, type TestDatabase } from "@tracemark/db";
import { buildProbeApp } from "../buildProbeApp.ts";
import { readConfig } from "../env.ts";
import {
  assertDatabaseEqualsChain,
  indexerParameters,
  indexToHead,
  insertOrganization,
  insertSubmittedBatch,
  type LocalChain,
  randomHash,
  waitFor,
} from "../testing/localChain.ts";
import { testLocalChain } from "../testing/suite.ts";
import { indexOnce } from "./indexOnce.ts";
import { startIndexer } from "./startIndexer.ts";

const confirmations = 2;

/**
 * A database indexed to the head (one block per step, so every block's hash is kept) with three submitted
 * batches: `kept` anchored 4 blocks below `fork`, `dropped` anchored in block `fork`, `depth - 1` blocks
 * mined on top, and `replacement` to be anchored on the other fork.
 */
async function indexedChain(chain: LocalChain, db: TestDatabase, depth: number, reorgWindow: number) {
  const organizationId = await insertOrganization(db, chain.organizationId);
  const [kept, dropped, replacement] = [randomHash(), randomHash(), randomHash()];
  for (const root of [kept, dropped, replacement])
    await insertSubmittedBatch(db, { organizationId, root, eventCount: 2 });
  await chain.anchorBatch(kept);
  await chain.mine(3);
  const fork = (await chain.client.getBlockNumber({ cacheTime: 0 })) + 1n;
  await chain.anchorBatch(dropped);
  await chain.mine(depth - 1);
  const params = indexerParameters(db, chain, { confirmations, range: 1, reorgWindow });
  await indexToHead(params);
  const status = async (root: string) =>
    (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root } })).status;
  assert.equal(await status(dropped), "final", "the dropped anchor was final before the reorg");
  const logsBelowFork = await db.prisma.chainLog.findMany({
    where: { blockNumber: { lt: fork } },
    orderBy: { id: "asc" },
  });
  /** Replaces the newest `depth` blocks (from `fork` on) with a longer fork anchoring `replacement`. */
  const reorg = async () => {
    await chain.rpc("anvil_rollback", [depth]);
    await chain.anchorBatch(replacement);
    await chain.mine(depth);
  };
  return { params, fork, kept, dropped, replacement, status, logsBelowFork, reorg };
}

describe("reorgs deeper than the confirmations", () => {
  const chain = testLocalChain();
  let db: TestDatabase;
  test("within the kept window: rolled back to the common ancestor only, and only the fork read again", async () => {
    await chain.reset();
    db = await createTestDatabase();
    try {
      const depth = confirmations + 6;
      const setup = await indexedChain(chain, db, depth, 16);
      await setup.reorg();

      const step = await indexOnce(setup.params);
      assert.deepEqual(
        step.kind === "reorg" && step.ancestor,
        setup.fork - 1n,
        `rolled back to the block below the fork: ${JSON.stringify(step, (_, v) => (typeof v === "bigint" ? Number(v) : v))}`,
      );
      assert.equal(
        await setup.status(setup.kept),
        "final",
        "a batch below the fork never went back to submitted",
      );
      assert.deepEqual(
        await db.prisma.chainLog.findMany({
          where: { blockNumber: { lt: setup.fork } },
          orderBy: { id: "asc" },
        }),
        setup.logsBelowFork,
        "the logs below the fork were neither removed nor read again",
      );
      const next = await indexOnce(setup.params);
      assert.equal(next.kind === "indexed" && next.from, setup.fork, "reading resumes at the fork");

      await indexToHead(setup.params);
      await assertDatabaseEqualsChain(db, chain);
      assert.equal(await setup.status(setup.dropped), "submitted");
      assert.ok(["anchored", "final"].includes(await setup.status(setup.replacement)));
    } finally {
      await db.drop();
    }
  });

  test("deeper than the kept window: the indexer alerts (error log, metric) and changes nothing, until told to read again", async () => {
    await chain.reset();
    db = await createTestDatabase();
    try {
      const reorgWindow = 3;
      const depth = confirmations + reorgWindow + 8;
      const setup = await indexedChain(chain, db, depth, reorgWindow);
      const checkpoint = await db.prisma.indexerCheckpoint.findUniqueOrThrow({ where: { chainId: 31337 } });
      const logCount = await db.prisma.chainLog.count();
      await setup.reorg();

      const errors: string[] = [];
      const logger = { info() {}, warn() {}, error: (_: object, message: string) => errors.push(message) };
      const context = { config: readConfig({ LOG_LEVEL: "silent" }), db, chain: chain.client };
      const probes = await buildProbeApp(context);
      const indexer = startIndexer(context, {
        deployment: chain.deployment,
        confirmations,
        maxRange: 1,
        reorgWindow,
        pollMs: 20,
        retryMs: 20,
        logger,
      });
      try {
        await waitFor(async () => errors.includes("reorg deeper than the kept block hashes"), "the alert");
        const metrics = await probes.inject({ method: "GET", url: "/metrics" });
        assert.match(metrics.body, /^tracemark_indexer_deep_reorg\{chain_id="31337"\} 1$/m);
      } finally {
        await indexer.stop();
        await probes.close();
      }
      assert.deepEqual(
        await db.prisma.indexerCheckpoint.findUniqueOrThrow({ where: { chainId: 31337 } }),
        checkpoint,
        "the checkpoint did not move",
      );
      assert.equal(await db.prisma.chainLog.count(), logCount, "no log removed");
      assert.equal(await setup.status(setup.dropped), "final", "no batch reset to submitted");
      assert.equal(await setup.status(setup.kept), "final");

      // The operator's explicit choice (INDEXER_DEEP_REORG=reread): back to the start block, read again.
      const steps = await indexToHead({ ...setup.params, deepReorg: "reread" });
      assert.equal(steps[0], "reorg");
      await assertDatabaseEqualsChain(db, chain);
      assert.equal(await setup.status(setup.dropped), "submitted");
    } finally {
      await db.drop();
    }
  });
});
