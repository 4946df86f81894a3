import type { FastifyInstance, FastifyRequest } from "fastify";
import { ProblemError } from "../errors/problem.ts";
import { checkJsonBodyStrings } from "./refuseUnstorableStrings.ts";

/**
 * How deep a JSON body may nest arrays and objects. An EPCIS document with sensor reports and
 * nested extensions stays under 20; deeper bodies are refused before they are parsed, so nothing
 * that walks a body (validation, hashing, storing) meets one.
 */
export const MAX_JSON_DEPTH = 64;

const rawBodies = new WeakMap<FastifyRequest, string>();

/**
 * The offset in `text` of the bracket that opens level `limit + 1` of arrays and objects, or
 * undefined when `text` nests no deeper than `limit`. One pass over the characters, brackets inside
 * strings skipped; the text need not be valid JSON (the parser judges that afterwards).
 *
 * @example
 * jsonNestedDeeperThan('{"a":[[1]]}', 2) // 6
 * jsonNestedDeeperThan('{"a":"[[["}', 1) // undefined
 */
export function jsonNestedDeeperThan(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = endOfString(text, i);
      if (i === -1) return undefined;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return undefined;
}

/**
 * The offset of the quote that closes the string opened at `start` (the next quote after an even
 * run of backslashes), or -1. Linear: looking back never passes the quote found before.
 */
function endOfString(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return end;
  }
  return -1;
}

/**
 * The app's one JSON body parser (`application/json`, and `application/ld+json` for EPCIS
 * documents): refuses with 400 a body nested deeper than `MAX_JSON_DEPTH`, before parsing it;
 * parses with Fastify's own parser (the same prototype-poisoning checks, the same errors); refuses
 * with 422 a string Postgres cannot store (see `checkJsonBodyStrings`); and keeps each body's text,
 * for `rawJsonBodyOf`, without the byte-order mark the parser skips. No other text body is parsed
 * (`text/plain` is 415).
 *
 * @example
 * registerJsonBody(app);
 * app.post("/capture", async (request) => acceptCapture(db, { document: request.body, text: rawJsonBodyOf(request) }));
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser(
    ["application/json", "application/ld+json"],
    { parseAs: "string" },
    (request, body, done) => {
      const text = (body as string).charCodeAt(0) === 0xfeff ? (body as string).slice(1) : (body as string);
      const deep = jsonNestedDeeperThan(text, MAX_JSON_DEPTH);
      if (deep !== undefined) {
        const message = `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels (at character ${deep})`;
        done(
          new ProblemError(400, "Nested too deeply", `body: ${message}`, {
            errors: [{ field: "body", message }],
          }),
          undefined,
        );
        return;
      }
      parse(request, text, (error, value) => {
        if (error) {
          done(error, undefined);
          return;
        }
        const problem = checkJsonBodyStrings(request, text, value);
        if (problem) {
          done(problem, undefined);
          return;
        }
        rawBodies.set(request, text);
        done(null, value);
      });
    },
  );
}

/** The JSON text of the request's body, as received (see `registerJsonBody`). */
export function rawJsonBodyOf(request: FastifyRequest): string {
  const text = rawBodies.get(request);
  if (text === undefined) throw new Error("no JSON body kept for this request (registerJsonBody)");
  return text;
}
