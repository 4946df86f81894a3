import { checkKey, isKey } from "./checkKey.ts";

/**
 * Validates a GLN (13 digits with its check digit) and returns it unchanged.
 * Throws `InvalidGs1KeyError` with the reason.
 *
 * @example
 * normalizeGln("9520123456788") // "9520123456788"
 */
export function normalizeGln(gln: string): string {
  checkKey("GLN", gln, [13]);
  return gln;
}

/**
 * Whether `gln` is a valid 13-digit GLN.
 *
 * @example
 * isValidGln("4012345000115") // true
 */
export function isValidGln(gln: string): boolean {
  return isKey("GLN", gln, [13]);
}
