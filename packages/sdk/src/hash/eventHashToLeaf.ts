import type { Hex } from "viem";
import { InvalidEventHashError } from "../errors/hash.ts";

export type EventHashToLeafParameters = string;
/** The SHA-256 digest of the event as a `bytes32` hex string. */
export type EventHashToLeafReturnType = Hex;

/**
 * The Merkle leaf value (`bytes32`) of an event: the 32-byte SHA-256 digest inside its event hash
 * ID. Anchored batches are `StandardMerkleTree`s over `["bytes32"]` leaves of this value (see
 * `createMerkleBatch` for the exact leaf hashing the contracts verify). Throws `InvalidEventHashError`
 * if `eventHash` is not a SHA-256 `ni:` event hash.
 *
 * @example
 * eventHashToLeaf("ni:///sha-256;6ae96341e0acc6d7a261364751f60e68278a81cdf51da0abb6b4e617014e39d7?ver=CBV2.0")
 * // "0x6ae96341e0acc6d7a261364751f60e68278a81cdf51da0abb6b4e617014e39d7"
 */
export function eventHashToLeaf(eventHash: EventHashToLeafParameters): EventHashToLeafReturnType {
  const match = /^ni:\/\/\/sha-256;([0-9a-f]{64})\?ver=CBV\d+\.\d+(?:\.\d+)?$/.exec(eventHash);
  if (!match) throw new InvalidEventHashError({ value: eventHash });
  return `0x${match[1]}`;
}
