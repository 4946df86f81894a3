import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import type { OpenAPIV3 } from "openapi-types";
import { type Actors, type Credentials, createActors } from "./testing/actors.ts";
import { buildTestApp, type TestApp } from "./testing/buildTestApp.ts";
import { createLot } from "./testing/captureFixtures.ts";

/**
 * Property-based fuzzing of every operation in the OpenAPI document the app serves: random and
 * hostile path parameters, query strings, headers and bodies (derived from each operation's schema,
 * then mutated), anonymous and authenticated. No answer may be ≥500, every error must be
 * application/problem+json, and a refused write must leave every table's row count as it was.
 * The seed is fixed (FUZZ_SEED replays another) and printed; FUZZ_RUNS sets the runs per operation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);

type Case = {
  who: Credentials;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload: string | undefined;
};

const EDGE_DATES = [
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00+01:00",
  "9999-12-31T23:59:59.999Z",
  "9999-12-31T23:59:59-01:00",
  "275760-09-13T00:00:00Z",
  "0000-01-01",
  "9999-12-31",
  "2026-02-30",
];
const HOSTILE_STRINGS = [
  "",
  " ",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59.999Z",
  "275760-09-13T00:00:00.000Z",
  "+275760-09-13",
  "0000-01-01",
  "9999-12-31",
  "2026-02-30",
  "\ud800",
  "a\udfffb",
  "\u0000",
  "nul\u0000inside",
  "\u202eevil\u202c",
  "\u200f\u200e",
  "😀🏳️‍🌈",
  "e\u0301\u0302\u0303",
  "報告書",
  "\u007f\u0001\u001b[31m",
  "../../etc/passwd",
  "%00%ff%",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "-1",
  "1e309",
  "NaN",
  "9".repeat(400),
  "x".repeat(5_000),
  "00000000-0000-0000-0000-000000000000",
  "urn:epc:id:sgtin:0614141.107346.2017",
  "javascript:alert(1)",
];

const cursorArbitrary = fc
  .oneof(
    fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...HOSTILE_STRINGS)),
    fc.tuple(fc.constantFrom(...HOSTILE_STRINGS.slice(2, 9), "1", "2026-02-30T00:00:00Z"), fc.uuid()),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map((value) => Buffer.from(JSON.stringify(value) ?? "null").toString("base64url"));

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20 }),
  cursorArbitrary,
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(0, -1, 1.5, Number.MAX_SAFE_INTEGER, 1e308, -0, true, false, null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(Array.from({ length: 2_000 }, () => "x")),
);

/** A value of `schema`, from its type, enum or format when it has one, else something hostile. */
function arbitraryOf(schema: OpenAPIV3.SchemaObject | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return hostileValue;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((s) => arbitraryOf(s as OpenAPIV3.SchemaObject, depth + 1)));
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), hostileValue);
  switch (schema.type) {
    case "object": {
      const properties = Object.entries(schema.properties ?? {});
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of properties)
        record[key] = arbitraryOf(value as OpenAPIV3.SchemaObject, depth + 1);
      return fc.oneof(
        { weight: 3, arbitrary: fc.record(record, { requiredKeys: schema.required ?? [] }) },
        { weight: 1, arbitrary: hostileValue },
      );
    }
    case "array":
      return fc.oneof(
        fc.array(
          arbitraryOf((schema as OpenAPIV3.ArraySchemaObject).items as OpenAPIV3.SchemaObject, depth + 1),
          {
            maxLength: 3,
          },
        ),
        hostileValue,
      );
    case "integer":
    case "number":
      return fc.oneof(fc.integer({ min: -5, max: 1_000 }), hostileValue);
    case "boolean":
      return fc.oneof(fc.boolean(), hostileValue);
    default:
      return fc.oneof(
        schema.format === "uuid" ? fc.uuid() : fc.string({ maxLength: 12 }),
        schema.format === "date-time"
          ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
          : hostileString,
        hostileString,
      );
  }
}

/** JSON text nested `depth` deep (too deep for JSON.stringify). */
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe(`fuzzing every operation of the OpenAPI document (seed ${SEED}, ${RUNS} runs each; replay with FUZZ_SEED=${SEED})`, () => {
  let t: TestApp;
  let a: Actors;
  let spec: OpenAPIV3.Document;
  let callers: Credentials[];
  let knownIds: string[];
  let fingerprint: () => Promise<string>;
  const statuses = new Map<number, number>();

  before(async () => {
    t = await buildTestApp();
    a = await createActors(t);
    const { lot, product } = await createLot(t, a.orgA.id);
    knownIds = [a.orgA.id, a.orgB.id, lot.id, product.id, a.orgA.users.viewer.userId];
    // Members of org A (the org most ids name) most often, so that requests get past the guards.
    const members = [...Object.values(a.orgA.users), ...Object.values(a.orgA.apiKeys)];
    callers = [a.anonymous, ...members, ...members, ...members, a.outsider, a.platformAdmin];
    spec = (await t.app.inject({ method: "GET", url: "/docs/json" })).json();
    const tables = await t.db.prisma.$queryRaw<{ name: string }[]>`
      SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
    const sql = `SELECT concat_ws(',', ${tables.map((r) => `(SELECT count(*) FROM ${r.name})`).join(", ")}) AS counts`;
    fingerprint = async () => (await t.db.prisma.$queryRawUnsafe<{ counts: string }[]>(sql))[0]?.counts ?? "";
  });
  after(async () => {
    console.log(`fuzz seed ${SEED}: answers by status ${JSON.stringify(Object.fromEntries(statuses))}`);
    await t.close();
  });

  test("no operation answers ≥500, every error is problem+json, and a refused write stores nothing", async () => {
    const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
      (["get", "post", "put", "patch", "delete"] as const).flatMap((method) => {
        const operation = item?.[method];
        return operation ? [{ path, method, operation }] : [];
      }),
    );
    assert.ok(operations.length > 50, `only ${operations.length} operations in /docs/json`);
    for (const { path, method, operation } of operations) {
      const parameters = (operation.parameters ?? []) as OpenAPIV3.ParameterObject[];
      const bodySchema = (operation.requestBody as OpenAPIV3.RequestBodyObject | undefined)?.content?.[
        "application/json"
      ]?.schema as OpenAPIV3.SchemaObject | undefined;
      const pathValue = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...knownIds) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: hostileString },
      );
      const queryParameter = fc.oneof(
        ...parameters
          .filter((p) => p.in === "query")
          .map((p) =>
            fc.tuple(
              fc.constant(p.name),
              fc.oneof(arbitraryOf(p.schema as OpenAPIV3.SchemaObject), fc.constantFrom(...EDGE_DATES)),
            ),
          ),
        fc.tuple(fc.constantFrom("limit", "cursor", "unknown"), arbitraryOf(undefined)),
      );
      const caseArbitrary: fc.Arbitrary<Case> = fc
        .record({
          who: fc.constantFrom(...callers),
          pathValues: fc.array(pathValue, { minLength: 8, maxLength: 8 }),
          orgId: fc.oneof(
            { weight: 6, arbitrary: fc.constant(a.orgA.id) },
            { weight: 1, arbitrary: pathValue },
          ),
          query: fc.oneof(
            fc.array(queryParameter, { maxLength: 1 }),
            fc.array(queryParameter, { maxLength: 4 }),
          ),
          cursor: fc.option(cursorArbitrary, { freq: 2 }),
          body: bodySchema ? arbitraryOf(bodySchema) : fc.option(hostileValue, { nil: undefined }),
          deep: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 0, 6_000),
          contentType: fc.constantFrom(
            ...Array.from({ length: 6 }, () => "application/json"),
            "text/plain",
            "application/x-www-form-urlencoded",
          ),
          header: fc.constantFrom<Record<string, string>>(
            {},
            {},
            {},
            { "idempotency-key": "\u00e9\u00ff" },
            { "x-forwarded-for": "999.1.1.1" },
            { authorization: "Bearer x" },
          ),
        })
        .map(({ who, pathValues, orgId, query, cursor, body, deep, contentType, header }) => {
          let i = 0;
          const url = path.replaceAll(/\{([^}]+)\}/g, (_, name) =>
            encodeURIComponent(String(name === "orgId" ? orgId : pathValues[i++ % 8])),
          );
          if (cursor !== null) query.push(["cursor", cursor]);
          const search = new URLSearchParams(
            query.map(([k, v]): [string, string] => [
              k,
              typeof v === "string" ? v : (JSON.stringify(v) ?? ""),
            ]),
          );
          const withBody = method !== "get" && method !== "delete";
          const text = deep > 0 ? deepJson(deep) : body === undefined ? undefined : JSON.stringify(body);
          return {
            who,
            method: method.toUpperCase(),
            url: search.size > 0 ? `${url}?${search}` : url,
            headers: {
              ...header,
              ...who.headers,
              ...(withBody && text !== undefined ? { "content-type": contentType } : {}),
            },
            payload: withBody ? text : undefined,
          };
        });
      await fc.assert(
        fc.asyncProperty(caseArbitrary, async (c) => {
          const write = c.method !== "GET";
          const before = write ? await fingerprint() : "";
          const response = await t.app.inject({
            method: c.method as "GET",
            url: c.url,
            headers: c.headers,
            ...(c.payload === undefined ? {} : { payload: c.payload }),
          });
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          const label = `${c.method} ${path} as ${c.who.label}: ${c.url.slice(0, 300)} ${c.payload?.slice(0, 300) ?? ""}`;
          assert.ok(
            response.statusCode < 500,
            `${response.statusCode} for ${label}\n${response.body.slice(0, 500)}`,
          );
          if (response.statusCode >= 400) {
            assert.match(String(response.headers["content-type"]), /^application\/problem\+json/, label);
            if (write) assert.equal(await fingerprint(), before, `a refused write stored rows: ${label}`);
          }
        }),
        // Reads cost no fingerprint: they get more runs, for their many query parameters.
        { seed: SEED, numRuns: method === "get" ? RUNS * 5 : RUNS, endOnFailure: true },
      );
    }
  });
});
