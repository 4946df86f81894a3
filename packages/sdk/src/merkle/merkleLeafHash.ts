import { encodeAbiParameters, type Hex, keccak256 } from "viem";
import { checkLeaf } from "./leafEncoding.ts";

export type MerkleLeafHashParameters = Hex;
export type MerkleLeafHashReturnType = Hex;

/**
 * The hashed Merkle leaf of a leaf value, `keccak256(bytes.concat(keccak256(abi.encode(value))))`,
 * the node `StandardMerkleTree` puts in the tree and `TracemarkRegistry.leafOf` returns.
 *
 * @example
 * merkleLeafHash("0x6ae96341e0acc6d7a261364751f60e68278a81cdf51da0abb6b4e617014e39d7")
 */
export function merkleLeafHash(value: MerkleLeafHashParameters): MerkleLeafHashReturnType {
  const encoded = encodeAbiParameters([{ type: "bytes32" }], [checkLeaf(value, "leaf value")]);
  return keccak256(keccak256(encoded));
}
