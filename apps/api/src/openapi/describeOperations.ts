import { sample } from "openapi-sampler";
import type { OpenAPIV3_1 } from "openapi-types";
import { z } from "zod";
import { SESSION_COOKIE } from "../services/auth/sessions.ts";

/** The two ways to call the API (plugins/authenticate.ts): a session cookie, or an API key as a bearer token. */
export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "The session a person gets by signing in (POST /auth/login or /auth/siwe).",
  },
  apiKey: {
    type: "http",
    scheme: "bearer",
    description:
      "An organisation's API key (`Authorization: Bearer tm_key_…`), made by its admin (POST /orgs/{orgId}/api-keys).",
  },
} satisfies Record<string, OpenAPIV3_1.SecuritySchemeObject>;

/** Operations anyone may call, as `METHOD /path/{param}`: signing up and in, mailed links, the public record. */
const PUBLIC_OPERATIONS = new Set([
  "GET /health",
  "GET /ready",
  "GET /deployment",
  "GET /ns/epcis/context.jsonld",
  "POST /auth/signup",
  "POST /auth/login",
  "GET /auth/siwe/nonce",
  "POST /auth/siwe",
  "POST /auth/verify-email",
  "POST /auth/password-reset",
  "POST /auth/password-reset/confirm",
  "POST /invitations/preview",
  "GET /public/01/{gtin}",
  "GET /public/01/{gtin}/10/{lot}",
  "GET /public/01/{gtin}/10/{lot}/proofs",
  "POST /public/01/{gtin}/10/{lot}/scans",
  "GET /public/01/{gtin}/10/{lot}/21/{serial}",
  "GET /public/01/{gtin}/21/{serial}",
  "GET /public/00/{sscc}",
  "GET /public/414/{gln}",
  "GET /public/proof-points/{proofPointId}/evidence/{sha256}",
]);

/**
 * Operations only a signed-in person may call (`requireUser`, `requirePlatformAdmin`, an auditor's
 * routes, or a route that refuses keys itself): the session cookie, never an API key. Every other
 * operation takes either.
 */
const SIGNED_IN_OPERATIONS = new Set([
  "POST /auth/verify-email/resend",
  "POST /auth/logout",
  "GET /auth/me",
  "POST /auth/password",
  "POST /auth/wallet",
  "POST /orgs",
  "GET /orgs",
  "POST /orgs/{orgId}/invitations",
  "GET /invitations",
  "POST /invitations/accept",
  "POST /invitations/{invitationId}/accept",
]);
const SIGNED_IN_PREFIXES = ["/admin/", "/auditor/", "/attestations"];

/** The `security` an operation declares: none for public ones, the cookie for a person's, else either. */
export function securityOf(method: string, path: string): OpenAPIV3_1.SecurityRequirementObject[] {
  const operation = `${method.toUpperCase()} ${path}`;
  if (PUBLIC_OPERATIONS.has(operation)) return [];
  if (SIGNED_IN_OPERATIONS.has(operation) || SIGNED_IN_PREFIXES.some((prefix) => path.startsWith(prefix)))
    return [{ sessionCookie: [] }];
  return [{ sessionCookie: [] }, { apiKey: [] }];
}

/** What every error answers (plugins/problemDetails.ts): an RFC 9457 problem. */
const problem = z.object({
  type: z.string().meta({ examples: ["https://tracemark.dev/problems/invalid-request"] }),
  title: z.string().meta({ examples: ["Invalid request"] }),
  status: z
    .int()
    .min(400)
    .max(599)
    .meta({ examples: [422] }),
  detail: z
    .string()
    .optional()
    .meta({ examples: ["body.gtin: must be 14 digits"] }),
  instance: z
    .string()
    .optional()
    .meta({ examples: ["urn:tracemark:request:9f1c2a4e-3b7d-4c8e-a1f0-2d6b5e9c8a71"] }),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe("For a request that is not valid: each bad field and what is wrong with it"),
});
const { $schema: _dialect, ...problemSchema } = z.toJSONSchema(problem, { target: "draft-2020-12" });

/** The response every operation refers to for its 4xx and 5xx answers. */
const PROBLEM_RESPONSE = {
  description:
    "A problem (RFC 9457): 4xx names what is wrong with the request, 5xx reveals nothing of the server's internals",
  content: { "application/problem+json": { schema: problemSchema as OpenAPIV3_1.SchemaObject } },
} satisfies OpenAPIV3_1.ResponseObject;
const PROBLEM_REF = { $ref: "#/components/responses/Problem" };

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * The schema as openapi-sampler reads it right: its pattern sampler knows `[0-9]` but not `\\d`, and
 * it names a map's keys `property1`, `property2` even where `propertyNames` lists the allowed ones.
 */
function forSampling(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forSampling);
  if (typeof schema !== "object" || schema === null) return schema;
  const copy: Record<string, unknown> = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "pattern" && typeof value === "string" ? value.replaceAll("\\d", "[0-9]") : forSampling(value),
    ]),
  );
  const names = (copy.propertyNames as { enum?: string[] } | undefined)?.enum;
  if (names?.[0] !== undefined && typeof copy.additionalProperties === "object") {
    copy.properties = { [names[0]]: copy.additionalProperties };
    delete copy.additionalProperties;
    delete copy.propertyNames;
  }
  return copy;
}

/** A value its schema accepts, from the schema's own `examples` where it has them. */
function exampleOf(schema: OpenAPIV3_1.SchemaObject | OpenAPIV3_1.ReferenceObject | undefined): unknown {
  if (!schema) return undefined;
  return sample(forSampling(schema) as never, { skipReadOnly: true, enablePatterns: true, quiet: true });
}

/**
 * The parameters with a free-form query string (a `z.record`, as the EPCIS query routes take) as one
 * form-style object parameter: @fastify/swagger lists the record's own keywords (`type`,
 * `additionalProperties`) as if they were parameters, whose `schema` is then a bare string.
 */
function freeFormQuery(parameters: OpenAPIV3_1.ParameterObject[] | undefined) {
  if (!parameters) return parameters;
  const malformed = parameters.filter((parameter) => typeof parameter.schema !== "object");
  if (malformed.length === 0) return parameters;
  const query: OpenAPIV3_1.ParameterObject = {
    name: "query",
    in: "query",
    style: "form",
    explode: true,
    description: "Query parameters, as the operation's description lists them.",
    schema: {
      type: "object",
      additionalProperties: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
    },
  };
  return [...parameters.filter((parameter) => !malformed.includes(parameter)), query];
}

/** Examples beside each media type's schema that has none. */
function exampleContent(content: Record<string, OpenAPIV3_1.MediaTypeObject> | undefined): void {
  for (const media of Object.values(content ?? {}))
    if (media.schema && media.example === undefined && media.examples === undefined)
      media.example = exampleOf(media.schema);
}

/**
 * Completes the OpenAPI document @fastify/swagger builds from the routes' schemas: the security
 * schemes, each operation's `security`, its problem responses (4XX and 5XX: problem+json), and an example for every parameter, request body and
 * response that has a schema (drawn from the schema, which gives its own `examples` where a made-up
 * value would not pass; openapiExamples.test.ts validates each against its schema).
 *
 * @example
 * await app.register(swagger, { openapi, transform: jsonSchemaTransform, transformObject: ({ openapiObject }) => describeOperations(openapiObject) });
 */
export function describeOperations<Document extends Partial<OpenAPIV3_1.Document>>(
  document: Document,
): Document {
  const problemResponse: OpenAPIV3_1.ResponseObject = structuredClone(PROBLEM_RESPONSE);
  exampleContent(problemResponse.content);
  document.components = {
    ...document.components,
    securitySchemes: SECURITY_SCHEMES,
    responses: { ...document.components?.responses, Problem: problemResponse },
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      operation.security = securityOf(method, path);
      operation.parameters = freeFormQuery(operation.parameters as OpenAPIV3_1.ParameterObject[] | undefined);
      for (const parameter of (operation.parameters ?? []) as OpenAPIV3_1.ParameterObject[])
        if (parameter.example === undefined) parameter.example = exampleOf(parameter.schema);
      exampleContent((operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined)?.content);
      for (const response of Object.values(operation.responses ?? {}))
        exampleContent((response as OpenAPIV3_1.ResponseObject).content);
      operation.responses = { ...operation.responses, "4XX": PROBLEM_REF, "5XX": PROBLEM_REF };
    }
  }
  return document;
}
