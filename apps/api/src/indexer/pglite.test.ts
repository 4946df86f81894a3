import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readConfig } from "../env.ts";
import {
  assertDatabaseEqualsChain,
  insertOrganization,
  insertSubmittedBatch,
  randomHash,
  waitForIndexerAtHead,
} from "../testing/localChain.ts";
import { testEmbeddedDatabase, testLocalChain } from "../testing/suite.ts";
import { startIndexer } from "./startIndexer.ts";

describe("the indexer on the embedded database (PGlite, one connection)", () => {
  const chain = testLocalChain();
  const db = testEmbeddedDatabase();

  test("takes the lock, indexes to the head and stops", async () => {
    const organizationId = await insertOrganization(db, chain.organizationId);
    const root = randomHash();
    await insertSubmittedBatch(db, { organizationId, root, eventCount: 2 });
    await chain.anchorBatch(root, 2);
    let active = false;
    const indexer = startIndexer(
      { config: readConfig({ LOG_LEVEL: "silent" }), db, chain: chain.client },
      { deployment: chain.deployment, pollMs: 20, onActive: () => (active = true) },
    );
    try {
      await waitForIndexerAtHead(db, chain, "the indexer to reach the head");
    } finally {
      await indexer.stop();
    }
    assert.ok(active);
    assert.equal((await db.prisma.anchorBatch.findUniqueOrThrow({ where: { root } })).status, "anchored");
    await assertDatabaseEqualsChain(db, chain);
  });
});
