import { buildGs1DigitalLink } from "./buildGs1DigitalLink.ts";
import type { DigitalLink } from "./types.ts";

export type BuildDigitalLinkParameters = DigitalLink;
export type BuildDigitalLinkReturnType = string;

/**
 * Builds a GS1 Digital Link URI `{domain}/01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}][?{attributes}]`:
 * GTIN validated and padded to 14 digits, qualifiers in the fixed order 22, 10, 21, values
 * percent-encoded, query attributes sorted (GS1 AIs first, numerically, then other names).
 * Without `domain` it returns the path alone (`/01/…`), as a consumer page route uses it.
 * Throws `InvalidGs1KeyError` or `InvalidDigitalLinkError` naming what is wrong.
 * `buildGs1DigitalLink` also builds SSCC and GLN links.
 *
 * @example
 * buildDigitalLink({ domain: "https://id.gs1.org", gtin: "9520123456788", lot: "ABC/123", attributes: { "17": "270131" } })
 * // "https://id.gs1.org/01/09520123456788/10/ABC%2F123?17=270131"
 */
export function buildDigitalLink(parameters: BuildDigitalLinkParameters): BuildDigitalLinkReturnType {
  return buildGs1DigitalLink({ ...parameters, key: "01" });
}
