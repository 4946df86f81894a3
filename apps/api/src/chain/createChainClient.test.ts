import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Anvil, type FaultProxy, startAnvil, startFaultProxy } from "@tracemark/testkit";
import { createChainClient } from "./createChainClient.ts";

describe("createChainClient: several RPC endpoints through viem's fallback", () => {
  let anvil: Anvil;
  let failing: FaultProxy;
  let healthy: FaultProxy;
  before(async () => {
    anvil = await startAnvil();
    failing = await startFaultProxy(anvil.rpcUrl);
    healthy = await startFaultProxy(anvil.rpcUrl);
  });
  after(async () => {
    await failing?.stop();
    await healthy?.stop();
    await anvil?.stop();
  });

  test("a call the first endpoint fails is answered by the next", async () => {
    failing.setFault("http500");
    const chain = createChainClient({ rpcUrls: [failing.rpcUrl, healthy.rpcUrl], timeoutMs: 2_000 });
    assert.equal(await chain.getChainId(), 31337);
    assert.ok(failing.counts.http500 >= 1, "the first endpoint was tried");
    assert.ok(healthy.counts.pass >= 1, "the second endpoint answered");
  });

  test("a rate-limited first endpoint hands over too", async () => {
    failing.setFault("rateLimit");
    const chain = createChainClient({ rpcUrls: [failing.rpcUrl, healthy.rpcUrl], timeoutMs: 2_000 });
    assert.equal(typeof (await chain.getBlockNumber()), "bigint");
  });

  test("one endpoint alone: its failure is the caller's", async () => {
    failing.setFault("http500");
    const chain = createChainClient({ rpcUrls: [failing.rpcUrl], timeoutMs: 2_000 });
    await assert.rejects(chain.getChainId());
  });

  test("no endpoint is a programming error", () => {
    assert.throws(() => createChainClient({ rpcUrls: [], timeoutMs: 1_000 }), /at least one RPC URL/);
  });
});
