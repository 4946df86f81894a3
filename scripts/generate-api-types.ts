/**
 * Writes the web's types of the API (`apps/web/src/lib/api/generated/openapi.ts`) from the API's
 * OpenAPI document, built in-process from its routes (no database, no chain), with
 * openapi-typescript. The web's client (openapi-fetch) and its response types read them, so a changed
 * response field breaks the web's typecheck where the web uses it; scripts/apiTypes.test.ts fails
 * while the committed file is out of date.
 *
 * Usage: `npm run generate:api-types -w @tracemark/web` (or `tsx scripts/generate-api-types.ts`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { OpenAPIV3_1 } from "openapi-types";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { openapiDocument } from "../apps/api/src/openapi/openapiDocument.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
export const apiTypesFile = join(root, "apps", "web", "src", "lib", "api", "generated", "openapi.ts");

const HEADER = `/**
 * Generated from the API's OpenAPI document by scripts/generate-api-types.ts: do not edit.
 * Regenerate with \`npm run generate:api-types -w @tracemark/web\` after changing an API route's schema.
 */

`;

/** A file's bytes (`format: binary`: the uploads' bodies, the downloads' answers) as the web holds them: a `Blob` (a `File` is one). */
const BLOB = ts.factory.createTypeReferenceNode("Blob");

/** The TypeScript source openapi-typescript writes for a document. */
export async function apiTypesSource(document?: OpenAPIV3_1.Document): Promise<string> {
  const ast = await openapiTS((document ?? (await openapiDocument())) as never, {
    alphabetize: true,
    transform: (schema) => (schema.format === "binary" ? BLOB : undefined),
  });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = await apiTypesSource();
  await mkdir(dirname(apiTypesFile), { recursive: true });
  await writeFile(apiTypesFile, source);
  console.log(`wrote ${apiTypesFile.slice(root.length)}`);
}
