import { InvalidDigitalLinkError } from "../errors/gs1.ts";
import { checkAttribute, checkQualifierValue, decodeComponent, gtinQualifiers } from "./digitalLinkRules.ts";
import { normalizeGtin } from "./normalizeGtin.ts";
import type { DigitalLink } from "./types.ts";

export type ParseDigitalLinkParameters = string;
export type ParseDigitalLinkReturnType = DigitalLink & { attributes: Record<string, string> };

/**
 * Parses a GS1 Digital Link URI for a GTIN (`…/01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}][?…]`),
 * absolute (`https://…`) or path-only (`/01/…`). The GTIN may be 8, 12, 13 or 14 digits and is
 * returned as 14; values are percent-decoded; a path prefix before `/01/` stays in `domain`.
 * Throws `InvalidDigitalLinkError` (or `InvalidGs1KeyError`) saying what is malformed: a missing
 * or invalid GTIN, qualifiers out of order or repeated, an unknown path segment, a bad date attribute.
 *
 * @example
 * parseDigitalLink("https://id.gs1.org/01/09520123456788/10/ABC%2F123/21/12345?17=270131")
 * // { domain: "https://id.gs1.org", gtin: "09520123456788", lot: "ABC/123", serial: "12345", attributes: { "17": "270131" } }
 */
export function parseDigitalLink(uri: ParseDigitalLinkParameters): ParseDigitalLinkReturnType {
  if (typeof uri !== "string" || uri.length === 0) {
    throw new InvalidDigitalLinkError({ uri: String(uri), reason: "it is empty" });
  }
  const absolute = /^(https?:\/\/[^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/i.exec(uri);
  const relative = absolute ? null : /^(\/[^?#\s]*)(\?[^#\s]*)?(#\S*)?$/.exec(uri);
  if (!absolute && !relative) {
    throw new InvalidDigitalLinkError({
      uri,
      reason: "it is neither an http(s) URI nor a path starting with /",
    });
  }
  const origin = absolute ? absolute[1] : undefined;
  const path = (absolute ? absolute[2] : relative?.[1]) ?? "";
  const query = (absolute ? absolute[3] : relative?.[2]) ?? "";

  const segments = path.split("/").slice(1);
  if (segments.at(-1) === "") segments.pop();
  const start = findPrimaryKey(segments);
  if (start < 0) throw new InvalidDigitalLinkError({ uri, reason: "it has no /01/{gtin} path segment" });
  if (segments.slice(0, start).some((s) => s.length === 0)) {
    throw new InvalidDigitalLinkError({ uri, reason: "its path has an empty segment" });
  }
  const prefix = segments.slice(0, start).join("/");
  const domain = origin === undefined ? undefined : prefix ? `${origin}/${prefix}` : origin;

  const rest = segments.slice(start);
  const gtinSegment = rest[1];
  if (gtinSegment === undefined || gtinSegment === "") {
    throw new InvalidDigitalLinkError({ uri, reason: "the GTIN after /01/ is missing" });
  }
  const result: ParseDigitalLinkReturnType = { domain, gtin: normalizeGtin(gtinSegment), attributes: {} };

  let nextQualifier = 0;
  for (let i = 2; i < rest.length; i += 2) {
    const ai = rest[i] as string;
    const raw = rest[i + 1];
    const index = gtinQualifiers.findIndex((q) => q.ai === ai);
    if (index < 0) {
      throw new InvalidDigitalLinkError({
        uri,
        reason: `"/${ai}/" is not a key qualifier of a GTIN (allowed: 22, 10, 21, in that order)`,
      });
    }
    const qualifier = gtinQualifiers[index] as (typeof gtinQualifiers)[number];
    if (index < nextQualifier) {
      throw new InvalidDigitalLinkError({
        uri,
        reason: `the ${qualifier.label} is out of order or repeated; qualifiers must appear as 22, 10, 21`,
      });
    }
    if (raw === undefined || raw === "") {
      throw new InvalidDigitalLinkError({ uri, reason: `the value of the ${qualifier.label} is missing` });
    }
    const value = decodeComponent(raw, uri);
    checkQualifierValue(qualifier.label, value, uri);
    result[qualifier.name] = value;
    nextQualifier = index + 1;
  }

  for (const pair of query.replace(/^\?/, "").split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = decodeComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, " "), uri);
    const value = eq < 0 ? "" : decodeComponent(pair.slice(eq + 1).replace(/\+/g, " "), uri);
    if (Object.hasOwn(result.attributes, key)) {
      throw new InvalidDigitalLinkError({
        uri,
        reason: `the query attribute "${key}" appears more than once`,
      });
    }
    checkAttribute(key, value, uri);
    result.attributes[key] = value;
  }
  return result;
}

/** Index of the `01` segment that starts the GS1 part of the path (the first `01` followed by digits). */
function findPrimaryKey(segments: string[]): number {
  for (let i = 0; i < segments.length - 1; i++) {
    if (segments[i] === "01" && /^\d+$/.test(segments[i + 1] ?? "")) return i;
  }
  return segments.at(-1) === "01" ? segments.length - 1 : -1;
}
