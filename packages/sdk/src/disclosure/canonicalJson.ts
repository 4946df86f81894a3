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
  // Loops and string appends rather than map/filter/join: this runs for every field group of every
  // captured event (`commitEvent`).
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new DisclosureError({ reason: `${value} is not a JSON number` });
      return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i += 1) {
          if (i > 0) out += ",";
          out += canonicalJson(value[i] ?? null);
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      let out = "{";
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined) continue;
        if (out.length > 1) out += ",";
        out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
      }
      return `${out}}`;
    }
  }
  throw new DisclosureError({ reason: `a ${typeof value} is not a JSON value` });
}
