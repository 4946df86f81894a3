import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import fc from "fast-check";
import { bytesToHex, encodePacked, type Hex, keccak256 } from "viem";
import { MerkleBatchError } from "../errors/merkle.ts";
import { createMerkleBatch } from "./createMerkleBatch.ts";
import { merkleLeafHash } from "./merkleLeafHash.ts";
import { verifyMerkleProof } from "./verifyMerkleProof.ts";

const bytes32 = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((b) => `0x${Buffer.from(b).toString("hex")}` as Hex);
const uniqueLeaves = fc.uniqueArray(bytes32, { minLength: 1, maxLength: 40 });

describe("createMerkleBatch", () => {
  it("a single leaf is its own root (hashed leaf) with an empty proof", () => {
    const leaf = `0x${"ab".repeat(32)}` as Hex;
    const { root, proofs } = createMerkleBatch({ leaves: [leaf] });
    assert.equal(root, merkleLeafHash(leaf));
    assert.deepEqual(proofs, [{ leaf, proof: [] }]);
  });

  it("two leaves: the root hashes the sorted pair of double-keccak leaves, as MerkleProof does", () => {
    const a = `0x${"01".repeat(32)}` as Hex;
    const b = `0x${"02".repeat(32)}` as Hex;
    const [x, y] = [merkleLeafHash(a), merkleLeafHash(b)].sort();
    const { root } = createMerkleBatch({ leaves: [a, b] });
    assert.equal(root, keccak256(encodePacked(["bytes32", "bytes32"], [x as Hex, y as Hex])));
  });

  it("rejects an empty batch, a bad leaf and a repeated leaf", () => {
    assert.throws(() => createMerkleBatch({ leaves: [] }), MerkleBatchError);
    assert.throws(() => createMerkleBatch({ leaves: ["0x12"] }), /leaf 0 "0x12" is not a bytes32/);
    const leaf = `0x${"cd".repeat(32)}` as Hex;
    assert.throws(() => createMerkleBatch({ leaves: [leaf, leaf] }), /leaf 1 .* appears more than once/);
  });
});

describe("Merkle proofs (property)", () => {
  it("every proof verifies against its root, and matches OpenZeppelin's StandardMerkleTree", () => {
    fc.assert(
      fc.property(uniqueLeaves, (leaves) => {
        const { root, proofs, tree, nodes, leafNodes } = createMerkleBatch({ leaves });
        const reference = StandardMerkleTree.of(
          leaves.map((l) => [l]),
          ["bytes32"],
        );
        assert.equal(root, reference.root);
        for (const { leaf, proof } of proofs) assert.ok(verifyMerkleProof({ root, leaf, proof }));
        assert.deepEqual(
          proofs.map((p) => p.proof),
          leaves.map((_, i) => reference.getProof(i)),
        );
        assert.equal(StandardMerkleTree.load(tree.dump()).root, root);
        // The stored tree gives back each leaf (hashed) at its node, and the root at 0.
        assert.equal(nodes.length, 2 * leaves.length - 1);
        assert.equal(bytesToHex(nodes[0] as Uint8Array), root);
        for (const [i, leaf] of leaves.entries())
          assert.equal(bytesToHex(nodes[leafNodes[i] as number] as Uint8Array), merkleLeafHash(leaf));
      }),
      { numRuns: 60 },
    );
  });

  it("a given keccak256 builds the same tree, and is the one used", () => {
    fc.assert(
      fc.property(uniqueLeaves, (leaves) => {
        let calls = 0;
        const counted = (bytes: Uint8Array) => {
          calls += 1;
          return keccak256(bytes, "bytes");
        };
        const given = createMerkleBatch({ leaves, keccak256: counted });
        const standard = createMerkleBatch({ leaves });
        assert.equal(given.root, standard.root);
        assert.deepEqual(given.proofs, standard.proofs);
        assert.equal(calls, 3 * leaves.length - 1);
      }),
      { numRuns: 30 },
    );
  });

  it("a proof fails for another leaf, another root, or a tampered sibling", () => {
    fc.assert(
      fc.property(uniqueLeaves, bytes32, fc.nat(), (leaves, other, pick) => {
        fc.pre(!leaves.includes(other));
        const { root, proofs } = createMerkleBatch({ leaves });
        const { leaf, proof } = proofs[pick % proofs.length] as { leaf: Hex; proof: Hex[] };
        assert.equal(verifyMerkleProof({ root, leaf: other, proof }), false);
        const otherRoot = createMerkleBatch({ leaves: [...leaves, other] }).root;
        assert.equal(verifyMerkleProof({ root: otherRoot, leaf, proof }), false);
        if (proof.length > 0) {
          const tampered = [...proof];
          tampered[0] = other;
          assert.equal(verifyMerkleProof({ root, leaf, proof: tampered }), false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("malformed input is false, not a throw", () => {
    assert.equal(verifyMerkleProof({ root: "0x00", leaf: "0x00", proof: [] }), false);
  });
});
