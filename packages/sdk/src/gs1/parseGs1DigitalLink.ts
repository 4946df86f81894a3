import { InvalidDigitalLinkError } from "../errors/gs1.ts";
import { checkAttribute, checkQualifierValue, decodeComponent } from "./digitalLinkRules.ts";
import { type PrimaryKeyAi, primaryKeys } from "./primaryKeys.ts";
import type { Gs1DigitalLink } from "./types.ts";

export type ParseGs1DigitalLinkParameters = string;
export type ParseGs1DigitalLinkOptions = {
  /** The primary keys to accept (default: every one the SDK knows: 01 GTIN, 00 SSCC, 414 GLN). */
  keys?: readonly PrimaryKeyAi[];
};
export type ParseGs1DigitalLinkReturnType = Gs1DigitalLink & { attributes: Record<string, string> };

/**
 * Parses a GS1 Digital Link URI for a GTIN (`/01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}]`), an
 * SSCC (`/00/{sscc}`) or a GLN (`/414/{gln}[/254/{extension}]`), absolute (`https://…`) or
 * path-only (`/01/…`), with data attributes and other parameters in the query string. Keys are
 * validated (a GTIN of 8, 12 or 13 digits comes back as 14); values are percent-decoded; a path
 * prefix before the primary key stays in `domain`. Throws `InvalidDigitalLinkError` (or
 * `InvalidGs1KeyError`) saying what is malformed.
 *
 * @example
 * parseGs1DigitalLink("https://example.com/dl/414/9520123456788/254/32a%2Fb")
 * // { key: "414", domain: "https://example.com/dl", gln: "9520123456788", glnExtension: "32a/b", attributes: {} }
 */
export function parseGs1DigitalLink(
  uri: ParseGs1DigitalLinkParameters,
  options: ParseGs1DigitalLinkOptions = {},
): ParseGs1DigitalLinkReturnType {
  const keys = options.keys ?? allKeys;
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
  const start = findPrimaryKey(segments, keys);
  if (start < 0) {
    const expected = keys.map((ai) => `/${ai}/{${primaryKeys[ai].name}}`).join(", ");
    throw new InvalidDigitalLinkError({
      uri,
      reason: `it has no ${expected} path segment${keys.length > 1 ? " (a GS1 primary key)" : ""}`,
    });
  }
  if (segments.slice(0, start).some((s) => s.length === 0)) {
    throw new InvalidDigitalLinkError({ uri, reason: "its path has an empty segment" });
  }
  const prefix = segments.slice(0, start).join("/");
  const domain = origin === undefined ? undefined : prefix ? `${origin}/${prefix}` : origin;

  const rest = segments.slice(start);
  const ai = rest[0] as PrimaryKeyAi;
  const key = primaryKeys[ai];
  const keySegment = rest[1];
  if (keySegment === undefined || keySegment === "") {
    throw new InvalidDigitalLinkError({ uri, reason: `the ${key.label} after /${ai}/ is missing` });
  }
  const fields: Record<string, string | undefined> = { [key.name]: key.normalize(keySegment) };

  const order = key.qualifiers.map((q) => q.ai).join(", ");
  let nextQualifier = 0;
  for (let i = 2; i < rest.length; i += 2) {
    const qualifierAi = rest[i] as string;
    const raw = rest[i + 1];
    const index = key.qualifiers.findIndex((q) => q.ai === qualifierAi);
    if (index < 0) {
      throw new InvalidDigitalLinkError({
        uri,
        reason: `"/${qualifierAi}/" is not a key qualifier of a ${key.label} (${
          order ? `allowed: ${order}, in that order` : "it has none"
        })`,
      });
    }
    const qualifier = key.qualifiers[index] as (typeof key.qualifiers)[number];
    if (index < nextQualifier) {
      throw new InvalidDigitalLinkError({
        uri,
        reason: `the ${qualifier.label} is out of order or repeated; qualifiers must appear as ${order}`,
      });
    }
    if (raw === undefined || raw === "") {
      throw new InvalidDigitalLinkError({ uri, reason: `the value of the ${qualifier.label} is missing` });
    }
    const value = decodeComponent(raw, uri);
    checkQualifierValue(qualifier.label, value, uri);
    fields[qualifier.name] = value;
    nextQualifier = index + 1;
  }

  const attributes: Record<string, string> = {};
  for (const pair of query.replace(/^\?/, "").split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = decodeComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, " "), uri);
    const value = eq < 0 ? "" : decodeComponent(pair.slice(eq + 1).replace(/\+/g, " "), uri);
    if (Object.hasOwn(attributes, name)) {
      throw new InvalidDigitalLinkError({
        uri,
        reason: `the query attribute "${name}" appears more than once`,
      });
    }
    checkAttribute(name, value, uri);
    attributes[name] = value;
  }
  return { key: ai, domain, ...fields, attributes } as ParseGs1DigitalLinkReturnType;
}

/** In the order errors name them (object keys would put 414 first). */
const allKeys: readonly PrimaryKeyAi[] = ["01", "00", "414"];

/** Index of the segment that starts the GS1 part of the path: the first allowed primary key AI followed by digits. */
function findPrimaryKey(segments: string[], keys: readonly string[]): number {
  for (let i = 0; i < segments.length - 1; i++) {
    if (keys.includes(segments[i] as string) && /^\d+$/.test(segments[i + 1] ?? "")) return i;
  }
  return keys.includes(segments.at(-1) as string) ? segments.length - 1 : -1;
}
