import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject } from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";

type Operation = { responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }> };
/** GS1's EPCIS 2.0 REST binding (`src/epcis/fixtures/openapi.yaml`), parsed. */
export const gs1Binding = parse(
  readFileSync(new URL("../epcis/fixtures/openapi.yaml", import.meta.url), "utf8"),
) as { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> };

/**
 * One defect of the document, mended as its text reads: `CaptureJob` has "`errors` or `errorFile`"
 * as a `oneOf` of two branches that require nothing, so every object matches both and no capture job
 * can pass. Each branch is made to require its property (checked to be still needed).
 */
function mendCaptureJob(document: typeof gs1Binding): void {
  const captureJob = (document.components.schemas as Record<string, { allOf: Record<string, unknown>[] }>)
    .CaptureJob;
  const branches = captureJob?.allOf[1]?.oneOf as {
    properties: Record<string, unknown>;
    required?: string[];
  }[];
  if (branches.some((branch) => branch.required))
    throw new Error("GS1's CaptureJob changed: review mendCaptureJob");
  for (const branch of branches) branch.required = Object.keys(branch.properties);
}
mendCaptureJob(gs1Binding);

/**
 * Another: the 409 response's problem requires `status` 406 (copied from the 406 response); the
 * status it documents is 409 (checked to be still needed).
 */
function mendConflictStatus(document: typeof gs1Binding): void {
  const responses = document.components.responses as Record<string, Record<string, unknown>>;
  const content = responses["409ResourceAlreadyExistsException"]?.content as Record<
    string,
    { schema: { allOf: { properties: { status: { enum: number[]; default: number } } }[] } }
  >;
  for (const { schema } of Object.values(content)) {
    const status = schema.allOf[0]?.properties.status;
    if (status?.enum[0] !== 406) throw new Error("GS1's 409 changed: review mendConflictStatus");
    status.enum = [409];
    status.default = 409;
  }
}
mendConflictStatus(gs1Binding);

// OpenAPI 3.0 schemas carry `example` and `xml`, which are not JSON Schema keywords.
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats.default(ajv);
ajv.addSchema(gs1Binding as object, "gs1-binding");
// The binding refers to the EPCIS JSON schema through a stub of its definitions, for GS1's
// schema-injector to fill in with the real schema, as here.
const epcisSchema = JSON.parse(
  readFileSync(new URL("../epcis/fixtures/EPCIS-JSON-Schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
ajv.addSchema(
  { ...epcisSchema, $id: "https://gs1.github.io/EPCIS/REST%20Bindings/JSON-Schema-Stub.json" },
  "https://gs1.github.io/EPCIS/REST%20Bindings/JSON-Schema-Stub.json",
);

const pointer = (...parts: string[]) =>
  parts.map((p) => `/${p.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

/** The response object the binding documents for `method path` and `status`, and its JSON pointer. */
export function bindingResponse(path: string, method: string, status: number) {
  const operation = gs1Binding.paths[path]?.[method];
  const response = operation?.responses[String(status)];
  if (!response) throw new Error(`the binding documents no ${status} for ${method.toUpperCase()} ${path}`);
  if (response.$ref) {
    const name = response.$ref.replace("#/components/responses/", "");
    return {
      at: pointer("components", "responses", name),
      response: (gs1Binding.components.responses as Record<string, typeof response>)[name] as typeof response,
    };
  }
  return { at: pointer("paths", path, method, "responses", String(status)), response };
}

/**
 * The problems of `body` against the binding's schema for `method path`'s `status` response in
 * `contentType` (empty when it conforms).
 *
 * @example
 * assert.deepEqual(bindingBodyErrors("/capture", "post", 400, "application/problem+json", response.json()), []);
 */
export function bindingBodyErrors(
  path: string,
  method: string,
  status: number,
  contentType: string,
  body: unknown,
): ErrorObject[] {
  const { at } = bindingResponse(path, method, status);
  const validate = ajv.compile({ $ref: `gs1-binding#${at}${pointer("content", contentType, "schema")}` });
  return validate(body) ? [] : (validate.errors ?? []);
}

/** The problems of a response header's value against the binding's `components/headers` schema. */
export function bindingHeaderErrors(name: string, value: unknown): ErrorObject[] {
  const validate = ajv.compile({ $ref: `gs1-binding#${pointer("components", "headers", name, "schema")}` });
  return validate(value) ? [] : (validate.errors ?? []);
}
