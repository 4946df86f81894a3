import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenAPIV3_1 } from "openapi-types";
import { testApp } from "../testing/suite.ts";
import { type CallerFacts, publicRoutes, tenancyCases } from "../testing/tenancyCases.ts";

const METHODS = ["get", "put", "post", "delete", "options", "patch"] as const;
type Operation = { method: string; path: string; operation: OpenAPIV3_1.OperationObject };

const operationsOf = (document: OpenAPIV3_1.Document): Operation[] =>
  Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item?.[method] ? [{ method, path, operation: item[method] }] : [])),
  );
const nameOf = ({ method, path }: Operation) =>
  `${method.toUpperCase()} ${path.replaceAll(/\{(\w+)\}/g, ":$1")}`;
const parametersOf = (operation: OpenAPIV3_1.OperationObject) =>
  (operation.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
const bodyOf = (operation: OpenAPIV3_1.OperationObject) =>
  operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
const responsesOf = (operation: OpenAPIV3_1.OperationObject) =>
  Object.entries(operation.responses ?? {}) as [string, OpenAPIV3_1.ResponseObject][];

/** The request its examples make: path and query parameters filled in, the body's example sent. */
function exampleRequest({ method, path, operation }: Operation) {
  const parameters = parametersOf(operation);
  const value = (parameter: OpenAPIV3_1.ParameterObject) => encodeURIComponent(String(parameter.example));
  let url = path;
  for (const parameter of parameters.filter((p) => p.in === "path"))
    url = url.replace(`{${parameter.name}}`, value(parameter));
  const query = parameters
    .filter((p) => p.in === "query" && p.required)
    .map((p) => `${p.name}=${value(p)}`)
    .join("&");
  const [contentType, media] = Object.entries(bodyOf(operation)?.content ?? {})[0] ?? [];
  return {
    method: method.toUpperCase() as "GET",
    url: query ? `${url}?${query}` : url,
    ...(media ? { payload: JSON.stringify(media.example), headers: { "content-type": contentType } } : {}),
  };
}

describe("the OpenAPI document", () => {
  const t = testApp();
  let document: OpenAPIV3_1.Document;
  before(async () => {
    const response = await t.app.inject({ method: "GET", url: "/docs/json" });
    assert.equal(response.statusCode, 200);
    document = response.json();
  });

  test("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(document) as never);
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
  });

  test("declares the session cookie and the API key as security schemes", () => {
    const { sessionCookie, apiKey, ...others } = document.components?.securitySchemes ?? {};
    assert.deepEqual(others, {});
    assert.partialDeepStrictEqual(sessionCookie, { type: "apiKey", in: "cookie", name: "tm_session" });
    assert.partialDeepStrictEqual(apiKey, { type: "http", scheme: "bearer" });
  });

  test("every operation declares its security: none for public routes, the cookie, or both", () => {
    const missing = operationsOf(document).filter(({ operation }) => operation.security === undefined);
    assert.deepEqual(missing.map(nameOf), []);
    for (const entry of operationsOf(document)) {
      const schemes = (entry.operation.security ?? []).flatMap(Object.keys);
      assert.ok(
        [[], ["sessionCookie"], ["sessionCookie", "apiKey"]].some((s) => s.join() === schemes.join()),
        `${nameOf(entry)}: ${schemes}`,
      );
      assert.equal(schemes.length === 0, nameOf(entry) in publicRoutes, `${nameOf(entry)} public?`);
    }
  });

  test("an operation declares the API key exactly when its tenancy case lets an API key call it", () => {
    const key: CallerFacts = {
      org: "A",
      atLeast: () => true,
      user: false,
      apiKey: true,
      platformAdmin: false,
      auditor: false,
    };
    const declared = new Map(
      operationsOf(document).map((entry) => [
        nameOf(entry),
        (entry.operation.security ?? []).some((requirement) => "apiKey" in requirement),
      ]),
    );
    const wrong = tenancyCases
      .filter((c) => (c.allowed ? c.allowed(key) : c.apiKeys) !== declared.get(c.name))
      .map((c) => `${c.name} declares apiKey: ${declared.get(c.name)}`);
    assert.deepEqual(wrong, []);
  });

  test("every operation declares what it answers: its success responses, each with a schema (204 without a body)", () => {
    const problems: string[] = [];
    for (const entry of operationsOf(document)) {
      const success = responsesOf(entry.operation).filter(([status]) => status.startsWith("2"));
      if (success.length === 0) problems.push(`${nameOf(entry)}: no success response`);
      for (const [status, response] of success) {
        const media = Object.entries(response.content ?? {});
        if (status === "204" && media.length > 0) problems.push(`${nameOf(entry)} 204 has a body`);
        if (status !== "204" && (media.length === 0 || media.some(([, m]) => m.schema === undefined)))
          problems.push(`${nameOf(entry)} ${status}: no schema`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test("every operation documents its problem responses as RFC 9457 problem+json", () => {
    const problem = document.components?.responses?.Problem as OpenAPIV3_1.ResponseObject | undefined;
    const media = problem?.content?.["application/problem+json"];
    assert.partialDeepStrictEqual(media?.schema, { required: ["type", "title", "status"] });
    const wrong = operationsOf(document)
      .filter(({ operation }) =>
        ["4XX", "5XX"].some(
          (status) =>
            (operation.responses?.[status] as { $ref?: string })?.$ref !== "#/components/responses/Problem",
        ),
      )
      .map(nameOf);
    assert.deepEqual(wrong, []);
  });

  test("every parameter, request body and response with a schema has an example its schema accepts", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const problems: string[] = [];
    const check = (where: string, schema: unknown, example: unknown) => {
      if (schema === undefined) return;
      if (example === undefined) return problems.push(`${where}: no example`);
      if (!ajv.validate(schema as object, example))
        problems.push(`${where}: ${JSON.stringify(example)} ${ajv.errorsText(ajv.errors)}`);
    };
    for (const entry of operationsOf(document)) {
      const { operation } = entry;
      for (const parameter of parametersOf(operation))
        check(`${nameOf(entry)} ${parameter.in} ${parameter.name}`, parameter.schema, parameter.example);
      for (const [type, media] of Object.entries(bodyOf(operation)?.content ?? {}))
        check(`${nameOf(entry)} body ${type}`, media.schema, media.example);
      for (const [status, response] of responsesOf(operation))
        for (const [type, media] of Object.entries(response.content ?? {}))
          check(`${nameOf(entry)} ${status} ${type}`, media.schema, media.example);
    }
    for (const [name, response] of Object.entries(document.components?.responses ?? {}))
      for (const [type, media] of Object.entries((response as OpenAPIV3_1.ResponseObject).content ?? {}))
        check(`components.responses.${name} ${type}`, media.schema, media.example);
    assert.deepEqual(problems, []);
  });

  test("each operation sent without credentials answers 401 exactly where it declares security", async () => {
    /** Public operations whose 401 is about the credentials they are sent, not about a missing caller. */
    const signIn = new Set(["POST /auth/login"]);
    const wrong: string[] = [];
    for (const entry of operationsOf(document)) {
      const response = await t.app.inject(exampleRequest(entry));
      const secured = (entry.operation.security ?? []).length > 0;
      const refused = response.statusCode === 401 && !signIn.has(nameOf(entry));
      if (secured !== refused)
        wrong.push(
          `${nameOf(entry)} declares ${secured ? "security" : "none"}: ${response.statusCode} ${response.body.slice(0, 120)}`,
        );
    }
    assert.deepEqual(wrong, []);
  });
});
