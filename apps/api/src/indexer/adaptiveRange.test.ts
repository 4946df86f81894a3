import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { createTestDatabase } from "@tracemark/db";
import { type Fault, type FaultProxy, startFaultProxy } from "@tracemark/testkit";
import { createPublicClient, http, type PublicClient } from "viem";
import { readConfig } from "../env.ts";
import {
  assertDatabaseEqualsChain,
  indexerParameters,
  indexToHead,
  insertOrganization,
  randomHash,
  waitForIndexerAtHead,
} from "../testing/localChain.ts";
import { prng } from "../testing/prng.ts";
import { testLocalChain } from "../testing/suite.ts";
import { startIndexer } from "./startIndexer.ts";

/** The number of blocks an `eth_getLogs` call spans, `undefined` for other calls. */
function logRange(body: unknown): number | undefined {
  const call = body as { method?: string; params?: [{ fromBlock: string; toBlock: string }] };
  if (call.method !== "eth_getLogs" || !call.params) return undefined;
  return Number(BigInt(call.params[0].toBlock) - BigInt(call.params[0].fromBlock)) + 1;
}

/** A fault proxy that refuses `eth_getLogs` over `limit` blocks with `fault`, recording the ranges it served. */
async function refusingProxy(upstream: string, limit: () => number, fault: Fault) {
  const proxy: FaultProxy & { served: number[] } = Object.assign(await startFaultProxy(upstream), {
    served: [],
  });
  proxy.setRule((body) => {
    const range = logRange(body);
    if (range === undefined) return "pass";
    if (range > limit()) return fault;
    proxy.served.push(range);
    return "pass";
  });
  return proxy;
}

describe("getLogs range and RPC faults", () => {
  const chain = testLocalChain();
  before(async () => {
    // 120 blocks with an anchor every 7 blocks.
    for (let i = 0; i < 17; i++) {
      await chain.anchorEvent(randomHash());
      await chain.mine(6);
    }
  });

  for (const [refusal, limit] of [
    ["rangeLimit", 10],
    ["http413", 25],
  ] as const) {
    test(`a node refusing ranges over ${limit} blocks (${refusal}): the range shrinks to fit, every log is read`, async () => {
      const proxy = await refusingProxy(chain.anvil.rpcUrl, () => limit, refusal);
      const db = await createTestDatabase();
      try {
        await insertOrganization(db, chain.organizationId);
        const client = createPublicClient({
          transport: http(proxy.rpcUrl, { retryCount: 0 }),
        }) as PublicClient;
        await indexToHead(indexerParameters(db, chain, { client }));
        await assertDatabaseEqualsChain(db, chain);
        assert.ok(proxy.counts[refusal] > 0, "the node refused some ranges");
        assert.ok(Math.max(...proxy.served) <= limit);
        assert.equal(
          await db.prisma.chainLog.count({ where: { name: "TracemarkRegistry:EventAnchored" } }),
          17,
        );
      } finally {
        await db.drop();
        await proxy.stop();
      }
    });
  }

  test("after the refusals stop, the range grows back to the maximum", async () => {
    let limit = 4;
    const proxy = await refusingProxy(chain.anvil.rpcUrl, () => limit, "rangeLimit");
    const db = await createTestDatabase();
    try {
      const client = createPublicClient({ transport: http(proxy.rpcUrl, { retryCount: 0 }) }) as PublicClient;
      const params = indexerParameters(db, chain, { client, range: 64 });
      const { state } = params;
      await indexToHead(params);
      assert.ok(state.range <= 4, "growth stays below the refused range");
      limit = Number.POSITIVE_INFINITY;
      state.successes = 100; // as after many reads: the refused range is probed again
      await db.prisma.indexerCheckpoint.deleteMany();
      await db.prisma.chainLog.deleteMany();
      await indexToHead(params);
      assert.equal(state.range, 64);
      await assertDatabaseEqualsChain(db, chain);
    } finally {
      await db.drop();
      await proxy.stop();
    }
  });

  test("errors and rate limits on 15% of requests: the running indexer recovers by itself", async () => {
    let requests = 0;
    const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const proxy = await startFaultProxy(chain.anvil.rpcUrl);
    proxy.setRule(() => {
      requests += 1;
      if (random() >= 0.15) return "pass";
      return requests % 2 === 0 ? "http500" : "rateLimit";
    });
    const db = await createTestDatabase();
    const client = createPublicClient({ transport: http(proxy.rpcUrl, { retryCount: 0 }) }) as PublicClient;
    const context = { config: readConfig({ LOG_LEVEL: "silent" }), db, chain: client };
    const indexer = startIndexer(context, {
      deployment: chain.deployment,
      client,
      maxRange: 16,
      pollMs: 20,
      retryMs: 10,
    });
    try {
      // A step makes several requests, so a run of failed steps is not rare, and the indexer backs off
      // as in production (doubling, up to 30 s): a few such waits fit in the time allowed.
      await waitForIndexerAtHead(
        db,
        chain,
        `the indexer to reach the head through the faults (FAULT_SEED=${seed})`,
        180_000,
      );
      await indexer.stop();
      assert.ok(proxy.counts.http500 + proxy.counts.rateLimit > 0);
      await assertDatabaseEqualsChain(db, chain);
    } finally {
      await indexer.stop();
      await db.drop();
      await proxy.stop();
    }
  });
});
