/**
 * The API's layers (docs/architecture.md): routes call into the stages and services, never the other
 * way round, and only routes, plugins and the EPCIS binding (`epcis/`) speak HTTP. A file outside
 * `routes/` that imports from `routes/` fails here, and so does a stage, service or utility that
 * builds an HTTP answer itself (`ProblemError`, `epcisProblem`, `reply.code`): those throw the domain
 * errors of `errors/domain.ts`, which `plugins/problemDetails.ts` maps to problem+json in one place.
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

test("no file outside routes/ imports from routes/, and no stage or service speaks HTTP", () => {
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
      { path: "epcis/x.ts", text: 'throw epcisProblem(400, "queryParameter", "EQ_colour: unknown");' },
    ]),
    [],
  );
});
