import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import type { Credentials } from "../testing/actors.ts";
import type { TestApp } from "../testing/buildTestApp.ts";
import { testAppWithActors } from "../testing/suite.ts";
import { jsonNestedDeeperThan, MAX_JSON_DEPTH } from "./jsonBody.ts";
import { findUnstorableString } from "./refuseUnstorableStrings.ts";

/** JSON text of objects and arrays nested `depth` deep, alternately. */
function deepJson(depth: number): string {
  let open = "";
  let close = "";
  for (let level = 0; level < depth; level++) {
    open += level % 2 === 0 ? '{"a":' : "[";
    close = (level % 2 === 0 ? "}" : "]") + close;
  }
  return `${open}1${close}`;
}

test("jsonNestedDeeperThan finds where a text nests too deep, brackets in strings aside", () => {
  assert.equal(jsonNestedDeeperThan('{"a":[[1]]}', 3), undefined);
  assert.equal(jsonNestedDeeperThan('{"a":[[1]]}', 2), 6);
  assert.equal(jsonNestedDeeperThan('{"a":"[[[\\"[[["}', 1), undefined, "brackets inside strings");
  assert.equal(jsonNestedDeeperThan('["a\\\\",[[1]]]', 2), 8, "a string ending in an escaped backslash");
  assert.equal(jsonNestedDeeperThan('["unterminated [[[', 0), 0);
  assert.equal(jsonNestedDeeperThan(deepJson(MAX_JSON_DEPTH), MAX_JSON_DEPTH), undefined);
  assert.ok(jsonNestedDeeperThan(deepJson(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH) !== undefined);
});

test("findUnstorableString walks any depth without overflowing the stack", () => {
  const deep = JSON.parse(deepJson(100_000));
  assert.equal(findUnstorableString(deep, "body"), undefined);
  let bottom = deep;
  for (let level = 0; level < 99_998; level++) bottom = level % 2 === 0 ? bottom.a : bottom[0];
  bottom[0] = "x\u0000";
  assert.equal(findUnstorableString(deep, "body")?.message, "contains a NUL character (\\u0000)");
});

/** Rows in every table of the app's schema. */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
  );
  const rows = await t.db.prisma.$queryRawUnsafe<{ name: string; n: bigint }[]>(
    tables.map(({ name }) => `SELECT '${name}' AS name, count(*) AS n FROM "${name}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map(({ name, n }) => [name, Number(n)]));
}

describe("JSON nested too deep is a 400 on every route, anonymous or signed in, and writes nothing", () => {
  const { t, a } = testAppWithActors();

  /** Every operation of the OpenAPI document that takes a body, with its path parameters filled in. */
  async function operations() {
    await t.app.ready();
    const paths = (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const values: Record<string, string> = {
      orgId: a.orgA.id,
      gtin: "09506000134352",
      lot: "L1",
      serial: "S1",
      sha256: "a".repeat(64),
    };
    return Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ["post", "put", "patch", "delete"].includes(method))
        .map((method) => ({
          method: method.toUpperCase() as "POST" | "PUT" | "PATCH" | "DELETE",
          path,
          url: path.replaceAll(/\{(\w+)\}/g, (_, name: string) => values[name] ?? randomUUID()),
        })),
    );
  }

  test("5,000 levels deep, to each operation, as anonymous and as an owner", async () => {
    const body = `${"[".repeat(5_000)}${"]".repeat(5_000)}`;
    const all = await operations();
    assert.ok(all.length > 40, `${all.length} operations`);
    const before = await rowCounts(t);
    const anonymousBodies = [
      "/auth/signup",
      "/auth/login",
      "/auth/siwe",
      "/auth/verify-email",
      "/auth/password-reset",
      "/auth/password-reset/confirm",
      "/invitations/preview",
    ];
    for (const { method, path, url } of all) {
      for (const who of [a.anonymous, a.orgA.users.owner] as Credentials[]) {
        const response = await t.app.inject({
          method,
          url,
          headers: { ...who.headers, "content-type": "application/json" },
          payload: body,
        });
        const label = `${method} ${path} as ${who.label}: ${response.body.slice(0, 300)}`;
        if (response.statusCode !== 201)
          assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/, label);
        if (who === a.anonymous && !anonymousBodies.includes(path)) {
          assert.equal(response.statusCode, 401, label);
        } else if (path === "/orgs/{orgId}/documents") {
          assert.equal(response.statusCode, 201, `a document is any file, kept as bytes: ${label}`);
        } else if (path === "/orgs/{orgId}/imports") {
          // An import is a file its job reads; without its kind and format it is refused before that.
          assert.equal(response.statusCode, 400, label);
          assert.equal(response.json().title, "Invalid request", label);
        } else {
          assert.equal(response.statusCode, 400, label);
          assert.equal(response.json().title, "Nested too deeply", label);
          assert.deepEqual(response.json().errors?.[0]?.field, "body", label);
        }
      }
    }
    const { documents, ...after } = await rowCounts(t);
    assert.equal(documents, (before.documents ?? 0) + 1, "the one document");
    delete before.documents;
    assert.deepEqual(after, before, "nothing else was written");
  });

  test("EPCIS capture: a 2,000-deep extension is refused at once, as application/json and application/ld+json", async () => {
    const deepExtension = JSON.parse(deepJson(2_000));
    const event: Record<string, unknown> = {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-01-01T00:00:00Z",
      eventTimeZoneOffset: "+00:00",
      epcList: ["urn:epc:id:sgtin:9520123.011111.1"],
      "ex:deep": deepExtension,
    };
    const document = {
      "@context": [
        "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
        { ex: "https://example.com/" },
      ],
      type: "EPCISDocument",
      schemaVersion: "2.0",
      creationDate: "2026-01-01T00:00:00Z",
      epcisBody: {
        eventList: [event],
      },
    };
    for (const contentType of ["application/json", "application/ld+json"]) {
      const response = await t.app.inject({
        method: "POST",
        url: `/orgs/${a.orgA.id}/capture`,
        headers: { ...a.orgA.apiKeys.operator.headers, "content-type": contentType },
        payload: JSON.stringify(document),
      });
      assert.equal(response.statusCode, 400, `${contentType}: ${response.body}`);
      assert.equal(response.json().title, "Nested too deeply");
      assert.match(response.json().detail, new RegExp(`deeper than ${MAX_JSON_DEPTH} levels`));
    }
    assert.equal(await t.db.prisma.capture.count(), 0, "no capture was accepted");
    event["ex:deep"] = JSON.parse(deepJson(20));
    const shallow = await t.app.inject({
      method: "POST",
      url: `/orgs/${a.orgA.id}/capture`,
      headers: { ...a.orgA.apiKeys.operator.headers, "content-type": "application/ld+json" },
      payload: JSON.stringify(document),
    });
    assert.equal(shallow.statusCode, 202, shallow.body);
  });
});
