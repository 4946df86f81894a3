import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createPublicClient, http } from "viem";
import { type Anvil, startAnvil } from "./startAnvil.ts";
import { type FaultProxy, startFaultProxy } from "./startFaultProxy.ts";

let anvil: Anvil;
let proxy: FaultProxy;
before(async () => {
  anvil = await startAnvil();
  proxy = await startFaultProxy(anvil.rpcUrl);
});
after(async () => {
  await proxy.stop();
  await anvil.stop();
});

test("passes calls through, and injects each fault on demand", async () => {
  const client = createPublicClient({ transport: http(proxy.rpcUrl, { retryCount: 0, timeout: 500 }) });
  assert.equal(await client.getChainId(), 31337);
  for (const fault of ["http500", "rateLimit", "rpcError", "hang", "reset"] as const) {
    proxy.setFault(fault);
    await assert.rejects(client.getBlockNumber(), `${fault} fails the call`);
  }
  proxy.setFault("slow", { delayMs: 1_000 });
  await assert.rejects(client.getBlockNumber(), /took too long/i);
  proxy.setFault("pass");
  assert.equal(typeof (await client.getBlockNumber()), "bigint");
  assert.ok(proxy.counts.hang >= 1 && proxy.counts.rateLimit >= 1);
});

test("a rule can fault only some methods", async () => {
  const client = createPublicClient({ transport: http(proxy.rpcUrl, { retryCount: 0, timeout: 500 }) });
  proxy.setRule((body) => ((body as { method?: string }).method === "eth_getLogs" ? "rpcError" : "pass"));
  try {
    assert.equal(await client.getChainId(), 31337);
    await assert.rejects(client.getLogs({ fromBlock: 0n, toBlock: 0n }));
  } finally {
    proxy.setRule(undefined);
  }
});
