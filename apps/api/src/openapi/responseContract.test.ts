import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { LightMyRequestResponse } from "fastify";
import type { OpenAPIV3_1 } from "openapi-types";
import { type Credentials, call } from "../testing/actors.ts";
import { callers, credentialsFor, mayCall, signedInTestAuditor } from "../testing/callers.ts";
import { createLocation, createLot } from "../testing/captureFixtures.ts";
import { insertEvent } from "../testing/events.ts";
import { testAppWithActors } from "../testing/suite.ts";
import { publicRoutes, tenancyCases } from "../testing/tenancyCases.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

/**
 * The contract between the OpenAPI document and the API: every answer an operation gives (driven by
 * its tenancy case, as a caller it lets in) has a status the operation declares and a body its
 * declared schema accepts, and the response schema drops nothing the route returned (Fastify's
 * serialiser strips properties a schema does not name).
 */
describe("every operation answers as its OpenAPI document says", () => {
  const { t, a } = testAppWithActors();
  let auditor: Credentials & { userId: string };
  let document: OpenAPIV3_1.Document;
  /** What each route returned, by request id, before the serialiser saw it. */
  const returned = new Map<string, unknown>();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);

  before(async () => {
    t.app.addHook("preSerialization", async (request, _reply, payload) => {
      returned.set(request.id, JSON.parse(JSON.stringify(payload)));
      return payload;
    });
    auditor = await signedInTestAuditor(t);
    document = (await t.app.inject({ method: "GET", url: "/docs/json" })).json();
  });

  /** `GET /orgs/:orgId` as the document's `get` of `/orgs/{orgId}`. */
  const operationOf = (name: string) => {
    const [method = "", path = ""] = name.split(" ");
    const item = document.paths?.[path.replaceAll(/:(\w+)/g, "{$1}")];
    return item?.[method.toLowerCase() as "get"];
  };

  /** What is wrong with `response` as an answer of operation `name`. */
  function breaches(name: string, response: LightMyRequestResponse): string[] {
    const operation = operationOf(name);
    if (!operation) return [`${name} is not in the document`];
    const status = String(response.statusCode);
    const declared = (operation.responses?.[status] ?? operation.responses?.[`${status[0]}XX`]) as
      | (OpenAPIV3_1.ResponseObject & OpenAPIV3_1.ReferenceObject)
      | undefined;
    const label = `${name} ${status}`;
    if (response.statusCode === 500) return [`${label}: ${response.body.slice(0, 300)}`];
    if (!declared) return [`${label} is not declared`];
    const spec = declared.$ref
      ? (document.components?.responses?.[
          declared.$ref.split("/").at(-1) ?? ""
        ] as OpenAPIV3_1.ResponseObject)
      : declared;
    if (!spec.content)
      return response.body === "" ? [] : [`${label} declares no body, sent ${response.body}`];
    const type = (response.headers["content-type"] ?? "").split(";")[0]?.trim() ?? "";
    const media = spec.content[type] ?? spec.content["*/*"];
    if (!media?.schema) return [`${label}: ${type} is not declared (${Object.keys(spec.content)})`];
    if (!/[/+]json$/.test(type)) return [];
    const body = response.json();
    const problems: string[] = [];
    if (!ajv.validate(media.schema as object, body))
      problems.push(`${label}: ${ajv.errorsText(ajv.errors)} in ${response.body.slice(0, 300)}`);
    const requestId = response.headers["x-request-id"];
    if (status.startsWith("2") && typeof requestId === "string" && returned.has(requestId))
      try {
        assert.deepStrictEqual(body, returned.get(requestId));
      } catch (error) {
        problems.push(`${label}: the schema changed what the route returned: ${(error as Error).message}`);
      }
    return problems;
  }

  for (const route of tenancyCases) {
    test(route.name, async () => {
      // Some routes let in only a caller the case makes for itself (an invitation's invitee): only their refusals here.
      const caller = callers(a, auditor).find((c) => mayCall(route, c.facts));
      const request = await route.setup(t, a);
      if (caller) {
        const who = await credentialsFor(t, route, caller);
        const response = await call(t.app, who, request.method, request.url, request.body);
        assert.equal(response.statusCode, route.okStatus, `${route.name}: ${response.body}`);
        assert.deepEqual(breaches(route.name, response), []);
      }
      const refused = await call(t.app, a.anonymous, request.method, request.url, request.body);
      assert.deepEqual(breaches(route.name, refused), []);
    });
  }

  test("the public operations", async () => {
    const { product, lot } = await createLot(t, a.orgA.id);
    // As the API creates products (the fixture leaves the column NULL, which the record's schema refuses).
    await t.db.prisma.product.update({ where: { id: product.id }, data: { imageUrls: [] } });
    const serial = "CONTRACT-1";
    await t.db.prisma.serialItem.create({
      data: { organizationId: a.orgA.id, productId: product.id, lotId: lot.id, serial },
    });
    const site = await createLocation(t, a.orgA.id);
    const sscc = "095201230000000011"; // urn:epc:id:sscc:9520123.0000000001
    await insertEvent(t.db, a.orgA.id, {
      type: "AggregationEvent",
      action: "ADD",
      eventTime: "2026-03-01T08:00:00.000+01:00",
      eventTimeZoneOffset: "+01:00",
      parentID: "urn:epc:id:sscc:9520123.0000000001",
      childQuantityList: [
        { epcClass: `https://id.gs1.org/01/${product.gtin}/10/${lot.lotCode}`, quantity: 1, uom: "KGM" },
      ],
      bizStep: "packing",
      bizLocation: { id: `https://id.gs1.org/414/${site.gln}` },
    });
    const record = `/public/01/${product.gtin}/10/${lot.lotCode}`;
    const requests: [name: string, method: Method, url: string, body?: unknown][] = [
      ["GET /health", "GET", "/health"],
      ["GET /ready", "GET", "/ready"],
      ["GET /deployment", "GET", "/deployment"],
      ["GET /ns/epcis/context.jsonld", "GET", "/ns/epcis/context.jsonld"],
      ["GET /auth/siwe/nonce", "GET", "/auth/siwe/nonce"],
      ["POST /auth/password-reset", "POST", "/auth/password-reset", { email: "nobody@example.test" }],
      ["POST /auth/login", "POST", "/auth/login", { email: "nobody@example.test", password: "wrong" }],
      ["GET /public/01/:gtin", "GET", `/public/01/${product.gtin}`],
      ["GET /public/01/:gtin/10/:lot", "GET", record],
      ["GET /public/01/:gtin/10/:lot/proofs", "GET", `${record}/proofs`],
      ["GET /public/01/:gtin/10/:lot/21/:serial", "GET", `${record}/21/${serial}`],
      ["GET /public/01/:gtin/21/:serial", "GET", `/public/01/${product.gtin}/21/${serial}`],
      ["GET /public/00/:sscc", "GET", `/public/00/${sscc}`],
      ["GET /public/414/:gln", "GET", `/public/414/${site.gln}`],
      ["POST /public/01/:gtin/10/:lot/scans", "POST", `/public/01/${product.gtin}/10/${lot.lotCode}/scans`],
    ];
    const problems: string[] = [];
    for (const [name, method, url, body] of requests) {
      assert.ok(name in publicRoutes, name);
      const response = await call(t.app, a.anonymous, method, url, body);
      // The pages of what exists answer with their content, so its schema is what is checked.
      if (url.startsWith("/public/") && method === "GET")
        assert.equal(response.statusCode, 200, `${name}: ${response.body}`);
      problems.push(...breaches(name, response));
    }
    assert.deepEqual(problems, []);
  });
});
