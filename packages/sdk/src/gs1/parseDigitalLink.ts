import { parseGs1DigitalLink } from "./parseGs1DigitalLink.ts";
import type { DigitalLink } from "./types.ts";

export type ParseDigitalLinkParameters = string;
export type ParseDigitalLinkReturnType = DigitalLink & { attributes: Record<string, string> };

/**
 * Parses a GS1 Digital Link URI for a GTIN (`…/01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}][?…]`),
 * absolute (`https://…`) or path-only (`/01/…`). The GTIN may be 8, 12, 13 or 14 digits and is
 * returned as 14; values are percent-decoded; a path prefix before `/01/` stays in `domain`.
 * Throws `InvalidDigitalLinkError` (or `InvalidGs1KeyError`) saying what is malformed: a missing
 * or invalid GTIN, qualifiers out of order or repeated, an unknown path segment, a bad date attribute.
 * `parseGs1DigitalLink` also reads SSCC and GLN links.
 *
 * @example
 * parseDigitalLink("https://id.gs1.org/01/09520123456788/10/ABC%2F123/21/12345?17=270131")
 * // { domain: "https://id.gs1.org", gtin: "09520123456788", lot: "ABC/123", serial: "12345", attributes: { "17": "270131" } }
 */
export function parseDigitalLink(uri: ParseDigitalLinkParameters): ParseDigitalLinkReturnType {
  const { key: _key, ...link } = parseGs1DigitalLink(uri, { keys: ["01"] }) as ParseDigitalLinkReturnType & {
    key: "01";
  };
  return link;
}
