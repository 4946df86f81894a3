/**
 * Benchmark of `verifyRecord` on a 50-event product record (45 events in one Merkle batch, 5 anchored
 * one by one, 3 attestations, a lot recall check) against the real contracts on a local anvil, with
 * version-2 leaves and quantities and extensions withheld (selective disclosure, as the API anchors
 * new events) and with version-1 leaves (events anchored before),
 * compared with a baseline measured in the same run: one bare `eth_blockNumber` JSON-RPC round trip
 * to the same node. Also counts the HTTP requests and JSON-RPC calls one verification makes.
 * Prints the results; the target (< 1 s) is shown, never asserted.
 *
 * Usage: `tsx bench/sdk/verify.ts`
 */
import { performance } from "node:perf_hooks";
import {
  attest,
  computeEventHash,
  computeLotKey,
  eventHashToLeaf,
  type PublicRecord,
  verifyRecord,
  waitForAttestationUid,
} from "@tracemark/sdk";
import { anchorRecord, context, gtin, lotEvents, startLocalChain } from "@tracemark/sdk/testing";
import { type Hex, keccak256, toHex } from "viem";

const EVENTS = 50;
const RUNS = 30;
const BASELINE_RUNS = 300;
const TARGET_MS = 1000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const chain = await startLocalChain();
try {
  const lot = "L-BENCH";
  const events = lotEvents(EVENTS, lot);
  const single = [45, 46, 47, 48, 49];
  const { deployment, publicClient, auditor, orgA } = chain;
  const withAttestations = async (record: PublicRecord) => {
    const [first] = record.events;
    if (first?.anchor?.type !== "batch") throw new Error("the first event should be in the batch");
    for (const [kind, subject, claim] of [
      ["lot", computeLotKey({ gtin, lot }), "EU organic"],
      ["event", (first.leaf ?? eventHashToLeaf(first.eventHash ?? "")) as Hex, "Temperature log checked"],
      ["batch", first.anchor.root as Hex, "Batch sampled"],
    ] as const) {
      const audit = { orgId: orgA, subjectKind: kind, subject, claim, evidenceHash: keccak256(toHex(claim)) };
      const uid = await waitForAttestationUid(publicClient, {
        hash: await attest(auditor, { ...audit, deployment }),
      });
      record.attestations.push({ uid, attester: auditor.account.address, ...audit, expirationTime: null });
    }
    return record;
  };
  const record = await withAttestations(
    await anchorRecord(chain, {
      writer: chain.writerA,
      orgId: orgA,
      events,
      lot,
      single,
      withhold: ["quantities", "extensions"],
    }),
  );
  const recordV1 = await withAttestations(
    await anchorRecord(chain, {
      writer: chain.writerA,
      orgId: orgA,
      events: lotEvents(EVENTS, lot, "v1"),
      lot,
      single,
    }),
  );

  // Count what one verification sends over the wire.
  const realFetch = globalThis.fetch;
  let requests = 0;
  let calls = 0;
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    requests += 1;
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    calls += Array.isArray(body) ? body.length : 1;
    return realFetch(input, init);
  }) as typeof fetch;
  const check = await verifyRecord({ record, rpcUrl: chain.anvil.rpcUrl, deployment });
  globalThis.fetch = realFetch;
  if (!check.complete)
    throw new Error(`the benchmark record does not verify: ${JSON.stringify(check, null, 1)}`);

  const rpc = async () => {
    const response = await realFetch(chain.anvil.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_blockNumber", params: [] }),
    });
    await response.json();
  };
  for (let i = 0; i < 20; i++) await rpc();
  const baseline: number[] = [];
  for (let i = 0; i < BASELINE_RUNS; i++) {
    const start = performance.now();
    await rpc();
    baseline.push(performance.now() - start);
  }

  const hashing: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    for (const event of events) computeEventHash({ event, context });
    hashing.push(performance.now() - start);
  }

  const time = async (verified: PublicRecord) => {
    for (let i = 0; i < 3; i++)
      await verifyRecord({ record: verified, rpcUrl: chain.anvil.rpcUrl, deployment });
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const result = await verifyRecord({ record: verified, rpcUrl: chain.anvil.rpcUrl, deployment });
      runs.push(performance.now() - start);
      if (!result.complete) throw new Error("the benchmark record does not verify");
    }
    return runs;
  };
  const timings = await time(record);
  const timingsV1 = await time(recordV1);

  const verifyMs = median(timings);
  const baselineMs = median(baseline);
  console.log(
    `verifyRecord, ${EVENTS} events (45 batched + 5 single), v2 leaves with quantities and extensions withheld, 3 attestations, recall check`,
  );
  console.log(`  node: anvil on ${chain.anvil.rpcUrl}; ${RUNS} runs, medians`);
  console.log(`  one verification: ${requests} HTTP requests carrying ${calls} JSON-RPC calls`);
  console.log(`  baseline, bare eth_blockNumber round trip:   ${baselineMs.toFixed(3)} ms`);
  console.log(`  hashing the ${EVENTS} events (no chain):          ${median(hashing).toFixed(2)} ms`);
  console.log(
    `  verifyRecord:                                ${verifyMs.toFixed(2)} ms (p90 ${[...timings].sort((a, b) => a - b)[Math.floor(RUNS * 0.9)]?.toFixed(2)} ms)`,
  );
  console.log(`  ratio verifyRecord / baseline round trip:    ${(verifyMs / baselineMs).toFixed(1)}x`);
  console.log(
    `  the same with v1 leaves (events anchored before), nothing withheld: ${median(timingsV1).toFixed(2)} ms (v2/v1 ${(verifyMs / median(timingsV1)).toFixed(2)}x)`,
  );
  console.log(
    `  target < ${TARGET_MS} ms: ${verifyMs < TARGET_MS ? "met" : "NOT met"} (${(verifyMs / TARGET_MS).toFixed(3)} of the budget)`,
  );
} finally {
  await chain.stop();
}
