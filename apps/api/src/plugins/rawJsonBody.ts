import type { FastifyInstance, FastifyRequest } from "fastify";

const rawBodies = new WeakMap<FastifyRequest, string>();

/**
 * Makes the `application/json` parser of `app` (a plugin's own scope: Fastify keeps parsers per
 * plugin) also keep each body's text, for `rawJsonBodyOf`. Parsing is Fastify's own (the same
 * prototype-poisoning checks, the same errors); the text is kept without the byte-order mark the
 * parser skips, so it parses again with `JSON.parse`.
 *
 * @example
 * keepRawJsonBody(app);
 * app.post("/capture", async (request) => acceptCapture(db, { document: request.body, text: rawJsonBodyOf(request) }));
 */
export function keepRawJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = body as string;
    rawBodies.set(request, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    parse(request, text, done);
  });
}

/** The JSON text of the request's body, as received (see `keepRawJsonBody`). */
export function rawJsonBodyOf(request: FastifyRequest): string {
  const text = rawBodies.get(request);
  if (text === undefined) throw new Error("no JSON body kept for this request (keepRawJsonBody)");
  return text;
}
