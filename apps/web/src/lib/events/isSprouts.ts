/**
 * Whether a product's commodity is sprouts (21 CFR 1.1330(b)): its name says sprout(s) or sprouted,
 * and it is not Brussels sprouts. The same rule as the API's FSMA 204 export (`isSprouts` in
 * apps/api/src/services/exports/fsma204Rows.ts), which decides whether a row carries the seed columns.
 *
 * @example
 * isSprouts("Alfalfa sprouts"); // true
 */
export function isSprouts(commodity: string): boolean {
  return /\bsprout(s|ed)?\b/i.test(commodity) && !/\bbrussels?\b/i.test(commodity);
}
