import type { FastifyInstance, FastifyRequest } from "fastify";
import { ProblemError } from "../errors/problem.ts";

/** Characters Postgres refuses in text and jsonb: NUL, and UTF-16 surrogates (well-formed pairs aside). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is one of the characters looked for.
const suspect = /[\u0000\ud800-\udfff]/;
/** Half of a surrogate pair without the other half (matched on UTF-16 code units: no `u` flag). */
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * What JSON text must contain for a string in it to be unstorable: a NUL or an unpaired surrogate
 * as such, or written as an escape (`\u0000`, `\ud800`…`\udfff`; a well-formed escaped pair also
 * matches, and is then let through by `findUnstorableString`).
 */
const suspectInJsonText = new RegExp(`\u0000|${unpairedSurrogate.source}|\\\\u(?:0000|[dD][89a-fA-F])`);

/** Requests whose body `checkJsonBodyStrings` checked when it was parsed. */
const checkedBodies = new WeakSet<FastifyRequest>();

/** A step of the path to a value: a parent and the key or index under it; `keyOf` marks an object key itself. */
type Step = { parent: Step | undefined; name: string | number; keyOf?: true };

function pathOf(step: Step | undefined, root: string): string {
  const names: string[] = [];
  for (let at = step; at; at = at.parent) {
    if (at.keyOf) names.push(` key "${String(at.name).replace(suspect, "?")}"`);
    else names.push(typeof at.name === "number" ? `[${at.name}]` : `.${at.name}`);
  }
  return root + names.reverse().join("");
}

function problemOf(value: string): string | undefined {
  if (!suspect.test(value)) return undefined;
  if (value.includes("\u0000")) return "contains a NUL character (\\u0000)";
  if (unpairedSurrogate.test(value)) return "contains an unpaired UTF-16 surrogate";
  return undefined;
}

/**
 * The first string (or object key) in `value` that Postgres cannot store, with its path
 * (`body.events[2].name`) and what is wrong with it; undefined when every string can be stored.
 * Walks without recursion, so no nesting overflows the stack; Buffers are bytes, not text, and are
 * not looked into.
 *
 * @example
 * findUnstorableString({ name: "a\u0000" }, "body") // { field: "body.name", message: "contains a NUL character (\\u0000)" }
 */
export function findUnstorableString(
  value: unknown,
  root: string,
): { field: string; message: string } | undefined {
  const stack: { value: unknown; step: Step | undefined }[] = [{ value, step: undefined }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { value: current, step } = top;
    if (typeof current === "string") {
      const message = problemOf(current);
      if (message) return { field: pathOf(step, root), message };
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        stack.push({ value: current[index], step: { parent: step, name: index } });
    } else if (current !== null && typeof current === "object" && !Buffer.isBuffer(current)) {
      const keys = Object.keys(current);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        stack.push({ value: (current as Record<string, unknown>)[key], step: { parent: step, name: key } });
        stack.push({ value: key, step: { parent: step, name: key, keyOf: true } });
      }
    }
  }
  return undefined;
}

function unstorable(found: { field: string; message: string }): ProblemError {
  return new ProblemError(422, "Invalid request", `${found.field}: ${found.message}`, { errors: [found] });
}

/**
 * For the JSON body parser: the 422 for a string Postgres cannot store in `value`, parsed from
 * `text`; one regular-expression test of the text, and a walk of `value` only when it matches.
 */
export function checkJsonBodyStrings(
  request: FastifyRequest,
  text: string,
  value: unknown,
): ProblemError | undefined {
  checkedBodies.add(request);
  if (!suspectInJsonText.test(text)) return undefined;
  const found = findUnstorableString(value, "body");
  return found && unstorable(found);
}

/**
 * Refuses, with a 422 naming the field, a request whose body or query holds a string Postgres
 * cannot store (a NUL character, half of a surrogate pair): it would otherwise fail deep in a
 * write as a 500, or, kept as text and processed later, fail there forever. JSON bodies are
 * checked as they are parsed (`checkJsonBodyStrings`); raw bodies (Buffers) are bytes.
 */
export function refuseUnstorableStrings(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const found =
      (checkedBodies.has(request) ? undefined : findUnstorableString(request.body, "body")) ??
      findUnstorableString(request.query, "query");
    if (found) throw unstorable(found);
  });
}
