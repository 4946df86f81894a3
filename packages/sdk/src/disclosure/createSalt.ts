import { bytesToHex, type Hex } from "viem";

/** Random bytes drawn 4 KiB at a time: one CSPRNG call per 256 salts instead of one per salt, which cost more than the hashing of an event's commitments. */
const pool = new Uint8Array(4096);
let next = pool.length;

/**
 * A fresh 128-bit salt from the platform's CSPRNG (`crypto.getRandomValues`, in browsers and Node).
 * Each byte drawn is handed out once.
 *
 * @example
 * createSalt() // "0x3f9c…" (16 random bytes)
 */
export function createSalt(): Hex {
  if (next + 16 > pool.length) {
    crypto.getRandomValues(pool);
    next = 0;
  }
  next += 16;
  return bytesToHex(pool.subarray(next - 16, next));
}
