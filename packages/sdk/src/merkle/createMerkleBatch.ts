import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { bytesToHex, concatBytes, type Hex, hexToBytes, keccak256 } from "viem";
import { MerkleBatchError } from "../errors/merkle.ts";
import { checkLeaf, leafEncoding } from "./leafEncoding.ts";

export type CreateMerkleBatchParameters = {
  /** The leaf values: event hash digests as `bytes32` (see `eventHashToLeaf`). */
  leaves: readonly Hex[];
  /**
   * The keccak-256 to hash with; default viem's (pure JavaScript, runs anywhere). A server building
   * large batches can pass a faster one (e.g. `hash-wasm`'s): the tree is ~3 hashes a leaf.
   */
  keccak256?: ((bytes: Uint8Array) => Uint8Array) | undefined;
};
export type MerkleBatchProof = { leaf: Hex; proof: Hex[] };
export type CreateMerkleBatchReturnType = {
  /** The Merkle root to anchor. */
  root: Hex;
  /** One proof per leaf, in the order of `leaves` (made when first read). */
  proofs: MerkleBatchProof[];
  /**
   * The whole tree as an array (the root at 0, the children of node `i` at `2i + 1` and `2i + 2`):
   * stored once per batch, it yields every leaf's proof (the siblings from its node up to the
   * root), 32 bytes a node instead of a proof of ~log2(n) hex hashes per leaf.
   */
  nodes: Uint8Array[];
  /** Where each leaf (in the order of `leaves`) sits in `nodes`. */
  leafNodes: number[];
  /** The tree itself, e.g. to `dump()` and store it (built when first read). */
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
  const hash = parameters.keccak256 ?? ((bytes: Uint8Array) => keccak256(bytes, "bytes"));
  if (leaves.length === 0) throw new MerkleBatchError({ reason: "a batch needs at least one leaf" });
  const seen = new Set<string>();
  const values = leaves.map((leaf, i) => {
    const value = checkLeaf(leaf, `leaf ${i}`);
    if (seen.has(value))
      throw new MerkleBatchError({ reason: `leaf ${i} (${value}) appears more than once` });
    seen.add(value);
    return [value] as [Hex];
  });
  // The same tree as `StandardMerkleTree.of(values, ["bytes32"])` (the property test compares root and
  // every proof), built on bytes: OpenZeppelin's `of` ABI-encodes each leaf with a type parser and its
  // `getProof` hashes the leaf again and verifies each proof, which made up most of a batch's cost
  // (2,000 leaves: ~25 keccaks each instead of ~3). The `StandardMerkleTree` itself is built on demand.
  const hashed = values
    .map(([value], index) => ({ index, hash: hash(hash(hexToBytes(value))) }))
    .sort((a, b) => compareBytes(a.hash, b.hash));
  const nodes: Uint8Array[] = new Array(2 * hashed.length - 1);
  const leafNodes: number[] = new Array(hashed.length);
  for (const [position, { index, hash }] of hashed.entries()) {
    nodes[nodes.length - 1 - position] = hash;
    leafNodes[index] = nodes.length - 1 - position;
  }
  for (let i = nodes.length - 1 - hashed.length; i >= 0; i--) {
    const [a, b] = [nodes[2 * i + 1] as Uint8Array, nodes[2 * i + 2] as Uint8Array];
    nodes[i] = hash(compareBytes(a, b) <= 0 ? concatBytes([a, b]) : concatBytes([b, a]));
  }
  let proofs: MerkleBatchProof[] | undefined;
  let tree: StandardMerkleTree<[Hex]> | undefined;
  return {
    root: bytesToHex(nodes[0] as Uint8Array),
    nodes,
    leafNodes,
    get proofs() {
      if (!proofs) {
        const hex = nodes.map((node) => bytesToHex(node));
        proofs = values.map(([leaf], i) => ({ leaf, proof: merkleProofAt(hex, leafNodes[i] ?? 0) }));
      }
      return proofs;
    },
    get tree() {
      tree ??= StandardMerkleTree.of<[Hex]>(values, leafEncoding);
      return tree;
    },
  };
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length && i < b.length; i++)
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/**
 * The sibling hashes from a node up to the root, in a tree stored as an array (children of `i` at
 * `2i + 1`, `2i + 2`): the node's Merkle proof. The API's `merkle_proof` SQL function reads the
 * same layout from a batch's stored tree.
 */
function merkleProofAt(nodes: readonly Hex[], index: number): Hex[] {
  const proof: Hex[] = [];
  for (let i = index; i > 0; i = Math.floor((i - 1) / 2))
    proof.push(nodes[i % 2 === 1 ? i + 1 : i - 1] as Hex);
  return proof;
}
