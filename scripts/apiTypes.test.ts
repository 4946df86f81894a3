/**
 * One contract between web and API (docs/architecture.md): the web's types of the API are generated
 * from the API's OpenAPI document (scripts/generate-api-types.ts). The committed file must be what the
 * routes produce today, and a response field the API renames must break the web's typecheck where
 * the web reads it.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { OpenAPIV3_1 } from "openapi-types";
import ts from "typescript";
import { openapiDocument } from "../apps/api/src/openapi/openapiDocument.ts";
import { apiTypesFile, apiTypesSource } from "./generate-api-types.ts";

const web = fileURLToPath(new URL("../apps/web/", import.meta.url));
const document = await openapiDocument();

test("the web's generated API types are those of the API's routes (else: npm run generate:api-types -w @tracemark/web)", async () => {
  assert.equal(readFileSync(apiTypesFile, "utf8"), await apiTypesSource(document));
});

/** The errors of compiling `file` of the web against API types generated from `given`. */
async function webErrorsAgainst(given: OpenAPIV3_1.Document, file: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "api-types-"));
  try {
    const generated = join(dir, "openapi.ts");
    writeFileSync(generated, await apiTypesSource(given));
    const program = ts.createProgram({
      rootNames: [join(web, file)],
      options: {
        target: ts.ScriptTarget.ES2023,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        paths: { "@/lib/api/generated/openapi": [generated], "@/*": [join(web, "src", "*")] },
      },
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("renaming a response field in the API breaks the web's typecheck where the web reads it", async () => {
  // describePlot reads `Location["plot"]`, the plot of GET /orgs/{orgId}/locations/{locationId}.
  const useSite = "src/lib/locations/describePlot.ts";
  assert.deepEqual(await webErrorsAgainst(document, useSite), []);

  const renamed = structuredClone(document);
  const response = renamed.paths?.["/orgs/{orgId}/locations/{locationId}"]?.get?.responses?.["200"];
  const schema = (response as OpenAPIV3_1.ResponseObject).content?.["application/json"]?.schema as
    | OpenAPIV3_1.SchemaObject
    | undefined;
  const properties = schema?.properties;
  assert.ok(schema && properties?.plot, "the location's answer has a plot");
  properties.plotGeometry = properties.plot;
  delete properties.plot;
  schema.required = schema.required?.map((name) => (name === "plot" ? "plotGeometry" : name));

  const errors = await webErrorsAgainst(renamed, useSite);
  assert.ok(
    errors.some((error) => error.startsWith(`${join(web, useSite)}:`) && error.includes("'plot'")),
    `expected an error at ${useSite} naming plot, got:\n${errors.join("\n")}`,
  );
});
