import { bytesToHex, sha256, stringToBytes } from "viem";
import type { Sha256Text } from "../disclosure/types.ts";
import { type ComputeEventPreHashParameters, computeEventPreHash } from "./computeEventPreHash.ts";

export type ComputeEventHashParameters = ComputeEventPreHashParameters & {
  /**
   * The SHA-256 to hash with; default viem's (pure JavaScript, runs anywhere). A server hashing many
   * events can pass a native one, e.g. `(bytes) => createHash("sha256").update(bytes).digest()`.
   */
  sha256?: ((bytes: Uint8Array) => Uint8Array) | undefined;
  /** Used instead of `sha256` when given: SHA-256 of the pre-hash string as hex, in one call (`Sha256Text`). */
  sha256Text?: Sha256Text | undefined;
};
/** The event hash ID, `ni:///sha-256;<64 lowercase hex>?ver=CBV2.0` (RFC 6920 `ni` URI). */
export type ComputeEventHashReturnType = `ni:///sha-256;${string}?ver=${string}`;

/**
 * The GS1 EPCIS event hash ID of an event: SHA-256 of its canonical pre-hash string (see
 * `computeEventPreHash`) as `ni:///sha-256;<hex>?ver=CBV2.0`. This is the event's id in Tracemark;
 * its digest is the Merkle leaf value (`eventHashToLeaf`). Works in browsers (viem's SHA-256, unless
 * the caller passes another `sha256`).
 *
 * @example
 * computeEventHash({ event, context: document["@context"] })
 * // "ni:///sha-256;6ae96341e0acc6d7a261364751f60e68278a81cdf51da0abb6b4e617014e39d7?ver=CBV2.0"
 */
export function computeEventHash(parameters: ComputeEventHashParameters): ComputeEventHashReturnType {
  const text = computeEventPreHash(parameters);
  const digest = parameters.sha256Text
    ? parameters.sha256Text(text)
    : parameters.sha256
      ? bytesToHex(parameters.sha256(stringToBytes(text)))
      : sha256(stringToBytes(text));
  return `ni:///sha-256;${digest.slice(2)}?ver=${parameters.version ?? "CBV2.0"}`;
}
