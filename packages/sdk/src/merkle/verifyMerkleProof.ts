import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { Hex } from "viem";
import { leafEncoding } from "./leafEncoding.ts";

export type VerifyMerkleProofParameters = {
  /** The root the proof should reach. */
  root: Hex;
  /** The leaf value (event hash digest, `bytes32`), not its hashed leaf. */
  leaf: Hex;
  /** The sibling hashes, as `createMerkleBatch` returns them. */
  proof: readonly Hex[];
};
export type VerifyMerkleProofReturnType = boolean;

/**
 * Whether `proof` leads from the leaf of `leaf` to `root` in a Tracemark batch tree (the same check
 * as OpenZeppelin's `MerkleProof.verify` on chain). Malformed input yields `false`, never a throw.
 *
 * @example
 * verifyMerkleProof({ root, leaf: proofs[0].leaf, proof: proofs[0].proof }) // true
 */
export function verifyMerkleProof(parameters: VerifyMerkleProofParameters): VerifyMerkleProofReturnType {
  const { root, leaf, proof } = parameters;
  const bytes32 = /^0x[0-9a-fA-F]{64}$/;
  if (!bytes32.test(root) || !bytes32.test(leaf) || !proof.every((p) => bytes32.test(p))) return false;
  try {
    return StandardMerkleTree.verify(root, leafEncoding, [leaf], [...proof]);
  } catch {
    return false;
  }
}
