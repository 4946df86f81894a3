/**
 * The GS1 modulo-10 check digit of a string of digits (a GTIN, GLN, SSCC, GDTI, GSRN… without its
 * check digit): digits are weighted 3, 1, 3, 1… from the right, and the check digit brings the sum
 * to a multiple of ten. Throws a `TypeError` if `digits` contains anything but 0-9.
 *
 * @example
 * computeCheckDigit("952012345678") // "8", so the GTIN-13 is 9520123456788
 */
export function computeCheckDigit(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new TypeError(`computeCheckDigit expects digits only, got "${digits}"`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return String((10 - (sum % 10)) % 10);
}
