import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readConfig } from "../env.ts";
import {
  assertDatabaseEqualsChain,
  insertOrganization,
  insertSubmittedBatch,
  randomHash,
  waitFor,
} from "../testing/localChain.ts";
import { testLocalChain, testPrivatePostgres } from "../testing/suite.ts";
import { startIndexer } from "./startIndexer.ts";

describe("Postgres restarting under the indexer", () => {
  const chain = testLocalChain();
  const db = testPrivatePostgres();

  test("the indexer waits, takes its lock again and catches up; nothing lost, nothing doubled", async () => {
    const organizationId = await insertOrganization(db, chain.organizationId);
    const roots = [randomHash(), randomHash(), randomHash()] as const;
    for (const root of roots) await insertSubmittedBatch(db, { organizationId, root });
    let activations = 0;
    const indexer = startIndexer(
      { config: readConfig({ LOG_LEVEL: "silent" }), db, chain: chain.client },
      { deployment: chain.deployment, pollMs: 20, retryMs: 20, onActive: () => (activations += 1) },
    );
    const status = async (root: string) =>
      (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root } })).status;
    try {
      await chain.anchorBatch(roots[0]);
      await waitFor(async () => (await status(roots[0])) === "anchored", "the first anchor");

      db.server.halt();
      await chain.anchorBatch(roots[1]);
      await chain.anchorBatch(roots[2]);
      await new Promise((resolve) => setTimeout(resolve, 500)); // the indexer meets the dead server
      db.server.restart();
      await chain.mine(2);

      const head = await chain.client.getBlock({ blockTag: "latest" });
      await waitFor(
        async () =>
          (await db.prisma.indexerCheckpoint.findUnique({ where: { chainId: 31337 } }).catch(() => null))
            ?.blockHash === head.hash,
        "the indexer to catch up after the restart",
      );
    } finally {
      await indexer.stop();
    }
    assert.ok(activations >= 2, "the lock was taken again on a new session");
    for (const root of roots) assert.equal(await status(root), "final");
    assert.equal(await db.prisma.chainLog.count({ where: { name: "TracemarkRegistry:BatchAnchored" } }), 3);
    await assertDatabaseEqualsChain(db, chain);
  });
});
