import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { commitEvent, createMerkleBatch } from "@tracemark/sdk";
import fc from "fast-check";
import { type Hex, keccak256 } from "viem";
import { keccak256Wasm } from "./keccak256Wasm.ts";

describe("keccak256Wasm", () => {
  it("equals viem's keccak256 on any input, call after call", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 20 }), (inputs) => {
        const digests = inputs.map(keccak256Wasm);
        for (const [i, input] of inputs.entries()) assert.deepEqual(digests[i], keccak256(input, "bytes"));
      }),
    );
  });

  it("builds the same Merkle batch as viem's", () => {
    const leaves = Array.from(
      { length: 257 },
      (_, i) => keccak256(new TextEncoder().encode(`event ${i}`)) as Hex,
    );
    const fast = createMerkleBatch({ leaves, keccak256: keccak256Wasm });
    const standard = createMerkleBatch({ leaves });
    assert.equal(fast.root, standard.root);
    assert.deepEqual(fast.proofs, standard.proofs);
  });

  it("computes the same version-2 leaf as viem's", () => {
    const event = { type: "ObjectEvent", action: "OBSERVE", quantityList: [{ quantity: 3 }] };
    const eventHash = "ni:///sha-256;00?ver=CBV2.0";
    const standard = commitEvent({ event, eventHash });
    const fast = commitEvent({ event, eventHash, salts: standard.salts, keccak256: keccak256Wasm });
    assert.equal(fast.leaf, standard.leaf);
  });
});
