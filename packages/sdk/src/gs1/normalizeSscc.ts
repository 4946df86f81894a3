import { checkKey, isKey } from "./checkKey.ts";

/**
 * Validates an SSCC (18 digits: extension digit, company prefix, serial reference, check digit)
 * and returns it unchanged. Throws `InvalidGs1KeyError` with the reason.
 *
 * @example
 * normalizeSscc("040123450000001112") // "040123450000001112"
 */
export function normalizeSscc(sscc: string): string {
  checkKey("SSCC", sscc, [18]);
  return sscc;
}

/**
 * Whether `sscc` is a valid 18-digit SSCC.
 *
 * @example
 * isValidSscc("106141411234567897") // true
 */
export function isValidSscc(sscc: string): boolean {
  return isKey("SSCC", sscc, [18]);
}
