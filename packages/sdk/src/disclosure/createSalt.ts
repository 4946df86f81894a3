import { bytesToHex, type Hex } from "viem";

/**
 * A fresh 128-bit salt from the platform's CSPRNG (`crypto.getRandomValues`, in browsers and Node).
 *
 * @example
 * createSalt() // "0x3f9c…" (16 random bytes)
 */
export function createSalt(): Hex {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
}
