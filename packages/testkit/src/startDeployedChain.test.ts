import assert from "node:assert/strict";
import { test } from "node:test";
import { createPublicClient, type Hex, http } from "viem";
import { startDeployedChain } from "./startDeployedChain.ts";

type Contracts = { contracts: { TracemarkRegistry: { address: Hex } } };

test("two chains started from the deployed state carry the contracts at the same addresses", async () => {
  const first = await startDeployedChain<Contracts>();
  const second = await startDeployedChain<Contracts>();
  try {
    const address = first.deployment.contracts.TracemarkRegistry.address;
    assert.equal(second.deployment.contracts.TracemarkRegistry.address, address);
    for (const chain of [first, second]) {
      const code = await createPublicClient({ transport: http(chain.anvil.rpcUrl) }).getCode({ address });
      assert.ok(code && code.length > 2, "the registry has code on each chain");
    }
  } finally {
    await first.stop();
    await second.stop();
  }
});
