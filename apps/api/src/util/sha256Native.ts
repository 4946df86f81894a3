import { createHash } from "node:crypto";

/**
 * SHA-256 by Node's OpenSSL binding, for event hashes (`computeEventHash`'s `sha256`): the SDK's
 * default is viem's pure-JavaScript SHA-256 (so that it runs in browsers), much slower, and the
 * capture worker hashes every event.
 *
 * @example
 * const eventHash = computeEventHash({ event, sha256: sha256Native });
 */
export function sha256Native(bytes: Uint8Array): Uint8Array {
  return createHash("sha256").update(bytes).digest();
}
