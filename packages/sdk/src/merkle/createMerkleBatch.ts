import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { Hex } from "viem";
import { MerkleBatchError } from "../errors/merkle.ts";
import { checkLeaf, leafEncoding } from "./leafEncoding.ts";

export type CreateMerkleBatchParameters = {
  /** The leaf values: event hash digests as `bytes32` (see `eventHashToLeaf`). */
  leaves: readonly Hex[];
};
export type MerkleBatchProof = { leaf: Hex; proof: Hex[] };
export type CreateMerkleBatchReturnType = {
  /** The Merkle root to anchor. */
  root: Hex;
  /** One proof per leaf, in the order of `leaves`. */
  proofs: MerkleBatchProof[];
  /** The tree itself, e.g. to `dump()` and store it. */
  tree: StandardMerkleTree<[Hex]>;
};

/**
 * Builds the Merkle tree of a batch of events as the contracts verify it: OpenZeppelin's
 * `StandardMerkleTree` over leaves encoded as `["bytes32"]`, the value being the event hash digest.
 * The exact rule the Solidity side must match (`TracemarkRegistry.leafOf`, OpenZeppelin `MerkleProof`):
 * `leaf = keccak256(bytes.concat(keccak256(abi.encode(eventHash))))`, inner nodes
 * `keccak256(abi.encodePacked(min(a, b), max(a, b)))` (sorted pairs). Throws `MerkleBatchError` for
 * an empty batch, a value that is not `bytes32`, or a repeated leaf.
 *
 * @example
 * const { root, proofs } = createMerkleBatch({ leaves: events.map((e) => eventHashToLeaf(computeEventHash({ event: e }))) })
 */
export function createMerkleBatch(parameters: CreateMerkleBatchParameters): CreateMerkleBatchReturnType {
  const { leaves } = parameters;
  if (leaves.length === 0) throw new MerkleBatchError({ reason: "a batch needs at least one leaf" });
  const seen = new Set<string>();
  const values = leaves.map((leaf, i) => {
    const value = checkLeaf(leaf, `leaf ${i}`);
    if (seen.has(value))
      throw new MerkleBatchError({ reason: `leaf ${i} (${value}) appears more than once` });
    seen.add(value);
    return [value] as [Hex];
  });
  const tree = StandardMerkleTree.of<[Hex]>(values, leafEncoding);
  const proofs = values.map(([leaf], i) => ({ leaf, proof: tree.getProof(i) as Hex[] }));
  return { root: tree.root as Hex, proofs, tree };
}
