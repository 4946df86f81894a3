import { InvalidDigitalLinkError } from "../errors/gs1.ts";
import { checkAttribute, checkQualifierValue, encodeComponent, gtinQualifiers } from "./digitalLinkRules.ts";
import { normalizeGtin } from "./normalizeGtin.ts";
import type { DigitalLink } from "./types.ts";

export type BuildDigitalLinkParameters = DigitalLink;
export type BuildDigitalLinkReturnType = string;

/**
 * Builds a GS1 Digital Link URI `{domain}/01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}][?{attributes}]`:
 * GTIN validated and padded to 14 digits, qualifiers in the fixed order 22, 10, 21, values
 * percent-encoded, query attributes sorted (GS1 AIs first, numerically, then other names).
 * Without `domain` it returns the path alone (`/01/…`), as a consumer page route uses it.
 * Throws `InvalidGs1KeyError` or `InvalidDigitalLinkError` naming what is wrong.
 *
 * @example
 * buildDigitalLink({ domain: "https://id.gs1.org", gtin: "9520123456788", lot: "ABC/123", attributes: { "17": "270131" } })
 * // "https://id.gs1.org/01/09520123456788/10/ABC%2F123?17=270131"
 */
export function buildDigitalLink(parameters: BuildDigitalLinkParameters): BuildDigitalLinkReturnType {
  const { domain, attributes = {} } = parameters;
  let stem = "";
  if (domain !== undefined) {
    if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(domain)) {
      throw new InvalidDigitalLinkError({
        reason: `the domain "${domain}" must be an http(s) URL without query or fragment`,
      });
    }
    stem = domain.replace(/\/+$/, "");
  }
  let path = `/01/${normalizeGtin(parameters.gtin)}`;
  for (const qualifier of gtinQualifiers) {
    const value = parameters[qualifier.name];
    if (value === undefined) continue;
    checkQualifierValue(qualifier.label, value);
    path += `/${qualifier.ai}/${encodeComponent(value)}`;
  }
  const keys = Object.keys(attributes).sort(compareAttributeKeys);
  const query = keys
    .map((key) => {
      const value = attributes[key] as string;
      checkAttribute(key, value);
      return `${encodeComponent(key)}=${encodeComponent(value)}`;
    })
    .join("&");
  return `${stem}${path}${query ? `?${query}` : ""}`;
}

/** GS1 AIs (all digits) first in numeric-string order, then other parameter names alphabetically. */
function compareAttributeKeys(a: string, b: string): number {
  const aIsAi = /^\d+$/.test(a);
  const bIsAi = /^\d+$/.test(b);
  if (aIsAi !== bIsAi) return aIsAi ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
