import assert from "node:assert/strict";
import { test } from "node:test";
import { createPublicClient, http } from "viem";
import { startAnvil } from "./startAnvil.ts";

test("startAnvil serves a dev chain and stop() ends the process", async () => {
  const anvil = await startAnvil();
  try {
    const client = createPublicClient({ transport: http(anvil.rpcUrl) });
    assert.equal(await client.getChainId(), 31337);
  } finally {
    await anvil.stop();
  }
  assert.notEqual(anvil.process.exitCode ?? anvil.process.signalCode, null);
});
