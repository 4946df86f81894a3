import type { Hex } from "viem";
import { MerkleBatchError } from "../errors/merkle.ts";

/** The leaf encoding of every Tracemark batch: one `bytes32`, the event hash digest. */
export const leafEncoding = ["bytes32"];

/** Checks a leaf value is a lowercase-or-uppercase 0x-prefixed 32-byte hex string and returns it lowercased. */
export function checkLeaf(leaf: string, where: string): Hex {
  if (typeof leaf !== "string" || !/^0x[0-9a-fA-F]{64}$/.test(leaf)) {
    throw new MerkleBatchError({ reason: `${where} "${String(leaf)}" is not a bytes32 hex string` });
  }
  return leaf.toLowerCase() as Hex;
}
