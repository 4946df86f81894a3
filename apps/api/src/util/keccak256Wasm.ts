import { createKeccak } from "hash-wasm";

const hasher = await createKeccak(256);

/**
 * keccak-256 on WebAssembly (`hash-wasm`), for the Merkle trees of large batches and the capture
 * worker's version-2 leaves: about 8 times faster than viem's pure-JavaScript keccak, which made up
 * most of the submitter's CPU per event (a tree is ~3 hashes a leaf). Synchronous: one hasher per process serves every call in turn.
 *
 * @example
 * const { root, proofs } = createMerkleBatch({ leaves, keccak256: keccak256Wasm });
 */
export function keccak256Wasm(bytes: Uint8Array): Uint8Array {
  hasher.init();
  hasher.update(bytes);
  return hasher.digest("binary");
}
