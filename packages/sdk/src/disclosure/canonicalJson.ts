import { DisclosureError } from "../errors/disclosure.ts";

/**
 * The JSON Canonicalization Scheme (RFC 8785) of a JSON value: object members sorted by the UTF-16
 * code units of their names, no whitespace, strings and numbers serialised as ECMAScript's
 * `JSON.stringify` does (which is what the RFC specifies). Members whose value is `undefined` are
 * left out, as JSON does; a non-finite number or a value JSON cannot hold throws `DisclosureError`.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, "x"] }) // '{"a":[true,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new DisclosureError({ reason: `${value} is not a JSON number` });
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (typeof value === "object") {
    const members = Object.keys(value as object)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${members.join(",")}}`;
  }
  throw new DisclosureError({ reason: `a ${typeof value} is not a JSON value` });
}
