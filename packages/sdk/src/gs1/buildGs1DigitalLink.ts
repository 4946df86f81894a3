import { InvalidDigitalLinkError } from "../errors/gs1.ts";
import { checkAttribute, checkQualifierValue, encodeComponent } from "./digitalLinkRules.ts";
import { primaryKeys } from "./primaryKeys.ts";
import type { Gs1DigitalLink } from "./types.ts";

export type BuildGs1DigitalLinkParameters = Gs1DigitalLink;
export type BuildGs1DigitalLinkReturnType = string;

/**
 * Builds the canonical GS1 Digital Link URI of a GTIN, SSCC or GLN:
 * `{domain}/{primary key AI}/{key}[/{qualifier AI}/{value}…][?{attributes}]`, the key validated
 * (a GTIN padded to 14 digits), qualifiers in GS1's order, values percent-encoded, query attributes
 * sorted (GS1 AIs first, then other names). Without `domain` it returns the path alone.
 * Throws `InvalidGs1KeyError` or `InvalidDigitalLinkError` naming what is wrong.
 *
 * @example
 * buildGs1DigitalLink({ key: "00", sscc: "095201234000000018", attributes: { linkType: "gs1:traceability" } })
 * // "/00/095201234000000018?linkType=gs1%3Atraceability"
 */
export function buildGs1DigitalLink(
  parameters: BuildGs1DigitalLinkParameters,
): BuildGs1DigitalLinkReturnType {
  const { domain, attributes = {} } = parameters;
  const fields = parameters as unknown as Record<string, string | undefined>;
  let stem = "";
  if (domain !== undefined) {
    if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(domain)) {
      throw new InvalidDigitalLinkError({
        reason: `the domain "${domain}" must be an http(s) URL without query or fragment`,
      });
    }
    stem = domain.replace(/\/+$/, "");
  }
  const key = primaryKeys[parameters.key];
  if (key === undefined) {
    throw new InvalidDigitalLinkError({
      reason: `"${String(parameters.key)}" is not a primary key AI (01, 00 or 414)`,
    });
  }
  let path = `/${parameters.key}/${key.normalize(fields[key.name] as string)}`;
  for (const qualifier of key.qualifiers) {
    const value = fields[qualifier.name];
    if (value === undefined) continue;
    checkQualifierValue(qualifier.label, value);
    path += `/${qualifier.ai}/${encodeComponent(value)}`;
  }
  const names = Object.keys(attributes).sort(compareAttributeNames);
  const query = names
    .map((name) => {
      const value = attributes[name] as string;
      checkAttribute(name, value);
      return `${encodeComponent(name)}=${encodeComponent(value)}`;
    })
    .join("&");
  return `${stem}${path}${query ? `?${query}` : ""}`;
}

/** GS1 AIs (all digits) first in numeric-string order, then other parameter names alphabetically. */
function compareAttributeNames(a: string, b: string): number {
  const aIsAi = /^\d+$/.test(a);
  const bIsAi = /^\d+$/.test(b);
  if (aIsAi !== bIsAi) return aIsAi ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
