import { checkKey, isKey } from "./checkKey.ts";

/**
 * Validates a GTIN-8, GTIN-12, GTIN-13 or GTIN-14 (digits and check digit) and returns it as
 * 14 digits, padded with leading zeros, the form GS1 Digital Link and EPCIS use.
 * Throws `InvalidGs1KeyError` with the reason (length, non-digit, wrong check digit).
 *
 * @example
 * normalizeGtin("9520123456788") // "09520123456788"
 */
export function normalizeGtin(gtin: string): string {
  checkKey("GTIN", gtin, [8, 12, 13, 14]);
  return gtin.padStart(14, "0");
}

/**
 * Whether `gtin` is a valid GTIN-8/12/13/14 (digits, length and check digit).
 *
 * @example
 * isValidGtin("09520123456788") // true
 */
export function isValidGtin(gtin: string): boolean {
  return isKey("GTIN", gtin, [8, 12, 13, 14]);
}
