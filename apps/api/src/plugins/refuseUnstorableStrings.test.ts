import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { call } from "../testing/actors.ts";
import { testAppWithActors } from "../testing/suite.ts";
import { findUnstorableString } from "./refuseUnstorableStrings.ts";

test("findUnstorableString names the first string Postgres cannot store, keys included", () => {
  assert.equal(findUnstorableString({ a: ["x", { b: "émoji 😀" }], n: 1, z: null }, "body"), undefined);
  assert.deepEqual(findUnstorableString({ a: ["x", { b: "y\u0000" }] }, "body"), {
    field: "body.a[1].b",
    message: "contains a NUL character (\\u0000)",
  });
  assert.deepEqual(findUnstorableString({ a: "\udc00 low half first" }, "query"), {
    field: "query.a",
    message: "contains an unpaired UTF-16 surrogate",
  });
  assert.equal(findUnstorableString({ a: "\ud83d" }, "body")?.field, "body.a", "a high half alone");
  assert.equal(findUnstorableString({ "k\u0000": 1 }, "body")?.field, 'body key "k?"');
});

describe("strings Postgres cannot store are refused with a 422 on every route, never a 500", () => {
  const { t, a } = testAppWithActors();

  test("in a body (a product, a location) and in a query string; nothing is written", async () => {
    const admin = a.orgA.users.admin;
    const product = await call(t.app, admin, "POST", `/orgs/${a.orgA.id}/products`, {
      gtin: "09506000134352",
      name: "Basil\u0000",
    });
    assert.equal(product.statusCode, 422, product.body);
    assert.deepEqual(product.json().errors, [
      { field: "body.name", message: "contains a NUL character (\\u0000)" },
    ]);
    const location = await call(t.app, admin, "POST", `/orgs/${a.orgA.id}/locations`, {
      name: "Farm \ud800",
    });
    assert.equal(location.statusCode, 422, location.body);
    assert.equal(location.json().errors[0].field, "body.name");
    const search = await call(t.app, admin, "GET", `/orgs/${a.orgA.id}/products?q=%00`);
    assert.equal(search.statusCode, 422, search.body);
    assert.equal(search.json().errors[0].field, "query.q");
    assert.equal(await t.db.prisma.product.count({ where: { organizationId: a.orgA.id } }), 0);
    assert.equal(await t.db.prisma.location.count({ where: { organizationId: a.orgA.id } }), 0);
  });
});
