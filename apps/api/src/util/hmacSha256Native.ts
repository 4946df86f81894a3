import { createHmac } from "node:crypto";

/**
 * HMAC-SHA256 by Node's OpenSSL binding, for deriving an event's salts from its seed
 * (`deriveEventSalts`' `hmacSha256`): the SDK's default runs on viem's pure-JavaScript SHA-256 (so
 * that it runs in browsers), and the capture worker derives salts for every event.
 *
 * @example
 * const { leaf, saltSeed } = commitEvent({ event, eventHash, hmacSha256: hmacSha256Native });
 */
export function hmacSha256Native(key: Uint8Array, message: Uint8Array): Uint8Array {
  return createHmac("sha256", key).update(message).digest();
}
