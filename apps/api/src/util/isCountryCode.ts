const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
/** Codes ICU names that are not ISO 3166-1 alpha-2 countries (groupings, reserved and user-assigned codes). */
const notCountries = new Set([
  "EU",
  "EZ",
  "UN",
  "QO",
  "XA",
  "XB",
  "XK",
  "ZZ",
  "AC",
  "CP",
  "DG",
  "EA",
  "IC",
  "TA",
]);

/**
 * Whether `code` is an ISO 3166-1 alpha-2 country code (upper case), by the ICU region names Node ships.
 *
 * @example
 * isCountryCode("CI") // true
 * isCountryCode("EU") // false
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !notCountries.has(code) && regionNames.of(code) !== undefined;
}
