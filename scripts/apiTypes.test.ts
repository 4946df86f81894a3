/**
 * One contract between web and API (docs/architecture.md): the web's types of the API are generated
 * from the API's OpenAPI document (scripts/generate-api-types.ts). The committed file must be what the
 * routes produce today, and a response field the API renames must break the web's typecheck where
 * the web reads it.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
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

/** The web's compiler options (apps/web/tsconfig.json). */
const webOptions = ts.parseJsonConfigFileContent(
  ts.readConfigFile(join(web, "tsconfig.json"), ts.sys.readFile).config,
  ts.sys,
  web,
).options;

/**
 * The errors of compiling `files` of the web against API types generated from `given`: the compiler
 * reads those in place of the committed file, however a module imports it.
 */
async function webErrorsAgainst(given: OpenAPIV3_1.Document, files: readonly string[]): Promise<string[]> {
  const generated = await apiTypesSource(given);
  const options = { ...webOptions, incremental: false, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => (resolve(fileName) === apiTypesFile ? generated : readFile(fileName));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) =>
    resolve(fileName) === apiTypesFile
      ? ts.createSourceFile(fileName, generated, language)
      : getSourceFile(fileName, language, ...rest);
  const program = ts.createProgram({ rootNames: files.map((file) => join(web, file)), options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

/** `given` with one field of an operation's JSON answer renamed (`name` → `newName`). */
function renameField(
  given: OpenAPIV3_1.Document,
  { path, method, field }: { path: string; method: "get" | "post"; field: string },
  newName: string,
): void {
  const response = given.paths?.[path]?.[method]?.responses?.["200"];
  const schema = (response as OpenAPIV3_1.ResponseObject).content?.["application/json"]?.schema as
    | OpenAPIV3_1.SchemaObject
    | undefined;
  const properties = schema?.properties;
  assert.ok(schema && properties?.[field], `the answer of ${method.toUpperCase()} ${path} has ${field}`);
  properties[newName] = properties[field];
  delete properties[field];
  schema.required = schema.required?.map((name) => (name === field ? newName : name));
}

/** Where the web reads a response field, and the operation that answers it: one for each of its clients. */
const useSites = [
  // The dashboard's (`api`): describePlot reads `Location["plot"]`.
  {
    file: "src/lib/locations/describePlot.ts",
    path: "/orgs/{orgId}/locations/{locationId}",
    method: "get",
    field: "plot",
  },
  // The browser's (`browserApi`): signing in with a wallet reads the SIWE nonce.
  { file: "src/components/wallet/useSiweSignIn.ts", path: "/auth/siwe/nonce", method: "get", field: "nonce" },
  // The proxy's (`plainApi`): the resolver counts a record's attestations for its linkset.
  {
    file: "src/lib/resolver/resolveDigitalLink.ts",
    path: "/public/01/{gtin}/10/{lot}",
    method: "get",
    field: "attestations",
  },
] as const;

test("renaming a response field in the API breaks the web's typecheck where the web reads it, with each of its clients", async () => {
  const files = useSites.map((site) => site.file);
  assert.deepEqual(await webErrorsAgainst(document, files), []);

  const renamed = structuredClone(document);
  for (const site of useSites) renameField(renamed, site, `${site.field}Renamed`);
  const errors = await webErrorsAgainst(renamed, files);
  for (const { file, field } of useSites) {
    assert.ok(
      errors.some((error) => error.startsWith(`${join(web, file)}:`) && error.includes(`'${field}'`)),
      `expected an error at ${file} naming ${field}, got:\n${errors.join("\n")}`,
    );
  }
});
