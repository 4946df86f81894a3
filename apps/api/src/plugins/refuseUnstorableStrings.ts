import type { FastifyInstance } from "fastify";
import { ProblemError } from "../errors/problem.ts";

/** Characters Postgres refuses in text and jsonb: NUL, and UTF-16 surrogates (well-formed pairs aside). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is one of the characters looked for.
const suspect = /[\u0000\ud800-\udfff]/;
/** Half of a surrogate pair without the other half (matched on UTF-16 code units: no `u` flag). */
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The first string (or object key) in `value` that Postgres cannot store, with its path
 * (`body.events[2].name`) and what is wrong with it; undefined when every string can be stored.
 *
 * @example
 * findUnstorableString({ name: "a\u0000" }, "body") // { field: "body.name", message: "contains a NUL character (\\u0000)" }
 */
export function findUnstorableString(
  value: unknown,
  path: string,
): { field: string; message: string } | undefined {
  if (typeof value === "string") {
    if (!suspect.test(value)) return undefined;
    if (value.includes("\u0000")) return { field: path, message: "contains a NUL character (\\u0000)" };
    if (unpairedSurrogate.test(value))
      return { field: path, message: "contains an unpaired UTF-16 surrogate" };
    return undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableString(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableString(key, `${path} key "${key.replace(suspect, "?")}"`);
      if (found) return found;
      const inner = findUnstorableString(item, `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * Refuses, with a 422 naming the field, a request whose body or query holds a string Postgres
 * cannot store (a NUL character, half of a surrogate pair): it would otherwise fail deep in a
 * write as a 500, or, kept as text and processed later, fail there forever.
 */
export function refuseUnstorableStrings(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const found = findUnstorableString(request.body, "body") ?? findUnstorableString(request.query, "query");
    if (found) {
      throw new ProblemError(422, "Invalid request", `${found.field}: ${found.message}`, { errors: [found] });
    }
  });
}
