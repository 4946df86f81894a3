import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createTestDatabase, type TestDatabase } from "@tracemark/db";
import { keccak256, toHex } from "viem";
import { readConfig } from "../env.ts";
import {
  assertDatabaseEqualsChain,
  indexerParameters,
  indexToHead,
  insertLot,
  insertOrganization,
  insertRequestedAttestation,
  insertSubmittedBatch,
  type LocalChain,
  randomHash,
  waitForIndexerAtHead,
} from "../testing/localChain.ts";
import { testLocalChain } from "../testing/suite.ts";
import { startIndexer } from "./startIndexer.ts";

/**
 * Replaces the newest `depth` blocks with another chain one block longer, whose anchor is another root:
 * `anvil_rollback` drops the blocks (their transactions too), then new transactions and empty blocks are mined.
 */
async function reorg(chain: LocalChain, depth: number, root: `0x${string}`): Promise<void> {
  await chain.rpc("anvil_rollback", [depth]);
  await chain.anchorBatch(root);
  await chain.mine(depth);
}

describe("reorgs", () => {
  const chain = testLocalChain();

  /** Runs `body` on the chain reset to its deployment and a new database holding the chain's organisation. */
  async function onFreshDatabase(body: (db: TestDatabase, organizationId: string) => Promise<void>) {
    await chain.reset();
    const db = await createTestDatabase();
    try {
      await body(db, await insertOrganization(db, chain.organizationId));
    } finally {
      await db.drop();
    }
  }

  for (const [depth, confirmations] of [
    [1, 30],
    [2, 30],
    [3, 30],
    [5, 30],
    [8, 30],
    [13, 30],
    [20, 30],
    [20, 2],
  ] as const) {
    test(`depth ${depth} (finality depth ${confirmations}): rolled back and read again, the database equals the chain`, () =>
      onFreshDatabase(async (db, organizationId) => {
        const [kept, dropped, replacement] = [randomHash(), randomHash(), randomHash()];
        for (const root of [kept, dropped, replacement])
          await insertSubmittedBatch(db, { organizationId, root, eventCount: 2 });
        await chain.anchorBatch(kept);
        await chain.mine(2);
        await chain.anchorBatch(dropped); // the first of the newest `depth` blocks
        if (depth > 1) await chain.mine(depth - 1);
        const params = indexerParameters(db, chain, { confirmations, range: 4 });
        await indexToHead(params);
        assert.equal(
          (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root: dropped } })).status !==
            "submitted",
          true,
        );

        await reorg(chain, depth, replacement);
        const steps = await indexToHead(params);
        assert.ok(steps.includes("reorg"), `a reorg was seen: ${steps.join(",")}`);
        await assertDatabaseEqualsChain(db, chain);
        const statuses = await db.prisma.anchorBatch.findMany({ select: { root: true, status: true } });
        const status = (root: string) => statuses.find((batch) => batch.root === root)?.status;
        assert.ok(["anchored", "final"].includes(status(kept) ?? ""));
        assert.equal(status(dropped), "submitted");
        assert.ok(["anchored", "final"].includes(status(replacement) ?? ""));
        assert.equal(
          await db.prisma.event.count({ where: { batch: { root: dropped, status: "submitted" } } }),
          2,
        );
      }));
  }

  test("recalls and attestations removed by a reorg go back to pending, with their unsent webhooks; read again on the new fork", () =>
    onFreshDatabase(async (db, organizationId) => {
      await db.prisma.webhook.create({
        data: {
          organizationId,
          url: "http://127.0.0.1:9/hook",
          secret: "s",
          events: ["recalled", "attested"],
        },
      });
      const { lotId, lotKey } = await insertLot(db, organizationId, "L-REORG");
      const recall = await db.prisma.recall.create({
        data: { organizationId, lotId, reason: "salmonella", reasonHash: keccak256(toHex("salmonella")) },
      });
      const { attestation, request } = await insertRequestedAttestation(db, chain, {
        lotId,
        lotKey,
        claim: "HACCP",
      });
      await chain.declareRecall(lotKey, "salmonella");
      await chain.attest(request);
      const params = indexerParameters(db, chain, { confirmations: 10 });
      await indexToHead(params);
      assert.equal(
        (await db.prisma.recall.findUniqueOrThrow({ where: { id: recall.id } })).chainStatus,
        "anchored",
      );
      assert.equal(
        (await db.prisma.attestation.findUniqueOrThrow({ where: { id: attestation.id } })).status,
        "onchain",
      );
      assert.equal(await db.prisma.webhookDelivery.count(), 2);

      await chain.rpc("anvil_rollback", [2]);
      await chain.mine(3);
      await indexToHead(params);
      await assertDatabaseEqualsChain(db, chain);
      const rolledBack = await db.prisma.recall.findUniqueOrThrow({ where: { id: recall.id } });
      assert.deepEqual(
        [rolledBack.chainStatus, rolledBack.txHash, rolledBack.blockNumber],
        ["pending", null, null],
      );
      const unattested = await db.prisma.attestation.findUniqueOrThrow({ where: { id: attestation.id } });
      assert.deepEqual([unattested.status, unattested.uid, unattested.txHash], ["pending", null, null]);
      assert.equal(
        await db.prisma.webhookDelivery.count(),
        0,
        "the unsent notifications of removed logs are dropped",
      );

      const declared = await chain.declareRecall(lotKey, "salmonella");
      const { uid } = await chain.attest(request);
      await indexToHead(params);
      await assertDatabaseEqualsChain(db, chain);
      assert.equal((await db.prisma.recall.findUniqueOrThrow({ where: { id: recall.id } })).txHash, declared);
      assert.equal(
        (await db.prisma.attestation.findUniqueOrThrow({ where: { id: attestation.id } })).uid,
        uid,
      );
      assert.equal(await db.prisma.webhookDelivery.count(), 2);
    }));

  test("a reorg while the indexer is stopped is found when it starts again", () =>
    onFreshDatabase(async (db, organizationId) => {
      const [dropped, replacement] = [randomHash(), randomHash()];
      for (const root of [dropped, replacement]) await insertSubmittedBatch(db, { organizationId, root });
      await chain.mine(3);
      await chain.anchorBatch(dropped);
      await chain.mine(4);
      const context = { config: readConfig({ LOG_LEVEL: "silent" }), db, chain: chain.client };
      const options = { deployment: chain.deployment, confirmations: 10, pollMs: 20, maxRange: 3 };
      let indexer = startIndexer(context, options);
      await waitForIndexerAtHead(db, chain, "the indexer to reach the head");
      await indexer.stop();
      assert.equal(
        (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root: dropped } })).status,
        "anchored",
      );

      await reorg(chain, 6, replacement);
      indexer = startIndexer(context, options);
      await waitForIndexerAtHead(db, chain, "the indexer to reach the new head");
      await indexer.stop();
      await assertDatabaseEqualsChain(db, chain);
      assert.equal(
        (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root: dropped } })).status,
        "submitted",
      );
      assert.equal(
        (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root: replacement } })).status,
        "anchored",
      );
    }));

  test("a chain rolled back below the checkpoint while stopped (shorter than before) is rolled back too", () =>
    onFreshDatabase(async (db, organizationId) => {
      const dropped = randomHash();
      await insertSubmittedBatch(db, { organizationId, root: dropped });
      await chain.anchorBatch(dropped);
      await chain.mine(5);
      const params = indexerParameters(db, chain, { confirmations: 10 });
      await indexToHead(params);
      await chain.rpc("anvil_rollback", [8]);
      const steps = await indexToHead(params);
      assert.ok(steps.includes("reorg"));
      await assertDatabaseEqualsChain(db, chain);
      assert.equal(
        (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root: dropped } })).status,
        "submitted",
      );
    }));
});
