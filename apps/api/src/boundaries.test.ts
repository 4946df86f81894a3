/**
 * The API's layers (docs/architecture.md): routes call into the stages and services, never the other
 * way round, and only routes, plugins and the EPCIS binding (`epcis/`) speak HTTP. A file outside
 * `routes/` that imports from `routes/` fails here, and so does a stage, service or utility that
 * builds an HTTP answer itself (`ProblemError`, `epcisProblem`, `reply.code`) or whose comment
 * describes a refusal by its HTTP status ("404 when…"): those throw the domain errors of
 * `errors/domain.ts`, which `plugins/problemDetails.ts` maps to problem+json in one place.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const src = fileURLToPath(new URL(".", import.meta.url));

/** Files outside `routes/` that may import from it, each with why. */
const mayImportRoutes: Record<string, string> = {
  "app.ts": "builds the app: registers every route",
  "buildProbeApp.ts": "builds the probes' app: registers the health routes",
  "scaleOut.test.ts":
    "checks the public record route's response schema against records served by several processes",
};

/**
 * The folders of the stages, the services and their utilities: they know no HTTP. `epcis/` is not
 * one: it is the EPCIS 2.0 REST binding, HTTP by nature like `routes/`. Its guards and version checks
 * read requests; its query and subscription parameters are refused with the standard's exceptions
 * at the statuses the standard fixes for them (501 ImplementationException among them, which no
 * domain error has); its subscriptions are POSTed or streamed to subscribers. A service that
 * answers in the binding's terms throws a domain error with the binding's title and type
 * (`epcisException`), never `epcisProblem`.
 */
const domainFolders = [
  "audit",
  "background",
  "capture",
  "chain",
  "import",
  "indexer",
  "mail",
  "publicRecord",
  "services",
  "submit",
  "util",
  "webhooks",
];

const importsRoutes = /(\bfrom\s+|\bimport\s*\(\s*)["'](\.\.?\/)+routes\//;
const speaksHttp: { what: string; pattern: RegExp }[] = [
  { what: "imports errors/problem.ts", pattern: /\bfrom\s+["'][./]*errors\/problem\.ts["']/ },
  { what: "constructs a ProblemError", pattern: /\bnew ProblemError\(/ },
  { what: "builds the EPCIS binding's HTTP problem", pattern: /\bepcisProblem\(/ },
  { what: "sets an HTTP status", pattern: /\breply\.(code|status)\(/ },
];

/**
 * A comment describing a refusal by its HTTP status ("404 when…", "is a 409", "Throws a 422
 * naming…", "refused (413)", "or 404.") where it should name the domain error thrown. It knows the
 * usual phrasings, not every one (58 of the 66 such lines it was written against); a status that is
 * an outside party's data ("Rate limits (429)", "a 429 or 503 from an endpoint") is not phrased so
 * and passes.
 */
const STATUS = "(?:400|401|403|404|409|410|413|422|429|503)s?";
const refusalByStatus = new RegExp(
  [
    String.raw`\b(?:is|are|else|gives?|throws?|refused|refuses)\s+\(?(?:an?\s+)?${STATUS}\b`,
    String.raw`\bor\s+(?:an?\s+)?${STATUS}\s*[.;()]`,
    String.raw`\b${STATUS}\s+(?:when|while|if|unless|otherwise|naming|for anyone)\b`,
  ].join("|"),
  "i",
);
/** The comment of a line: all of a JSDoc or `//` line, or a `//` comment after code. */
const commentOf = (line: string) =>
  /^\s*(?:\/\*\*?|\*|\/\/)(.*)$/.exec(line)?.[1] ?? /\s\/\/\s(.*)$/.exec(line)?.[1];

/**
 * Where `files` (paths relative to `apps/api/src`) cross the layers.
 *
 * @example
 * boundaryBreaches([{ path: "services/x.ts", text: 'import { y } from "../routes/y/schemas.ts";' }])
 * // ["services/x.ts:1 imports from routes/"]
 */
export function boundaryBreaches(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    const lines = text.split("\n");
    const inRoutes = path.startsWith("routes/");
    const inDomain = domainFolders.some((folder) => path.startsWith(`${folder}/`));
    const testFile = /\.test\.ts$/.test(path);
    lines.forEach((line, index) => {
      if (!inRoutes && !(path in mayImportRoutes) && importsRoutes.test(line)) {
        found.push(`${path}:${index + 1} imports from routes/`);
      }
      if (!inDomain || testFile) return;
      for (const { what, pattern } of speaksHttp) {
        if (pattern.test(line)) found.push(`${path}:${index + 1} ${what}`);
      }
      if (refusalByStatus.test(commentOf(line) ?? "")) {
        found.push(`${path}:${index + 1} describes a refusal by HTTP status`);
      }
    });
  }
  return found;
}

/** Every TypeScript file of `apps/api/src` but this one, by its path there. */
function apiSources(): { path: string; text: string }[] {
  return readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".ts") && path !== "boundaries.test.ts")
    .map((path) => ({ path, text: readFileSync(join(src, path), "utf8") }));
}

test("no file outside routes/ imports from routes/, and no stage or service speaks HTTP, even in its comments", () => {
  assert.deepEqual(boundaryBreaches(apiSources()), []);
});

test("a planted crossing of each kind is found", () => {
  const planted = [
    {
      path: "services/lots/x.ts",
      text: 'import type { SimpleEvent } from "../../routes/events/schemas.ts";',
    },
    { path: "testing/x.ts", text: 'import { lotRoutes } from "../routes/lots/index.ts";' },
    { path: "x.ts", text: 'import { healthRoutes } from "./routes/health/index.ts";' },
    { path: "capture/x.ts", text: 'import { ProblemError } from "../errors/problem.ts";' },
    { path: "publicRecord/x.ts", text: 'throw new ProblemError(404, "Not Found", "No such lot.");' },
    { path: "util/x.ts", text: "reply.code(404);" },
    { path: "services/events/x.ts", text: 'throw epcisProblem(413, "queryTooLarge", "Too many.");' },
    { path: "services/lots/x.ts", text: "/** One of the organisation's lots, or 404. */" },
    { path: "capture/x.ts", text: " * transaction. A lot already recalled is a 409." },
    { path: "services/auth/x.ts", text: " * Refuses (403) what an unverified account may not do." },
    { path: "publicRecord/x.ts", text: " * private data. 404 when no product has the GTIN." },
    { path: "util/x.ts", text: "  // Bad values give a 400 naming the parameter." },
    { path: "capture/x.ts", text: " * Problems are 422s naming the simple-form field." },
  ];
  assert.deepEqual(
    boundaryBreaches(planted).map((breach) => breach.split(":")[0]),
    planted.map(({ path }) => path),
  );
  assert.deepEqual(
    boundaryBreaches([
      { path: "routes/lots/index.ts", text: 'import { orgParams } from "../schemas.ts";\nreply.code(201);' },
      { path: "plugins/x.ts", text: 'throw new ProblemError(401, "Unauthorized", "Sign in.");' },
      { path: "app.ts", text: 'import { lotRoutes } from "./routes/lots/index.ts";' },
      { path: "services/x.ts", text: 'throw new NotFoundError("No such lot.");' },
      {
        path: "epcis/x.ts",
        text: 'throw epcisProblem(400, "queryParameter", "EQ_colour: unknown"); // a 400',
      },
      { path: "services/x.ts", text: " * `NotFoundError` when the organisation has no such event." },
      {
        path: "indexer/x.ts",
        text: " * a body too large (413, or over 10 MB). Rate limits (429) and connection errors are not.",
      },
      {
        path: "chain/x.ts",
        text: " * a call an endpoint fails (down, 5xx, 429, timeout) goes to the next one,",
      },
      {
        path: "webhooks/x.ts",
        text: 'if (status === 410) disable(); // "https://example.com/404" answered 410',
      },
      { path: "services/x.ts", text: "const notFound = status === 404 || status === 410;" },
      {
        path: "chain/x.ts",
        text: " * A 429 or 503 from an endpoint, or its 413 on a large body, moves on to the next.",
      },
      { path: "services/x.test.ts", text: "// The route answers a 404 when the lot is unknown." },
    ]),
    [],
  );
});
