import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { openDatabase } from "@tracemark/db";
import { freePort } from "@tracemark/testkit";
import { buildApp } from "../../app.ts";
import { testApp } from "../../testing/suite.ts";

describe("GET /health", () => {
  const t = testApp();

  test("reports the database and the chain reachable", async () => {
    const response = await t.app.inject({ method: "GET", url: "/health" });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.status, "ok");
    assert.equal(body.checks.database.ok, true);
    assert.equal(body.checks.chain.ok, true);
    assert.equal(body.checks.chain.chainId, 31337);
    assert.match(body.checks.chain.blockNumber, /^\d+$/);
  });

  test("answers 503 naming the database when Postgres is unreachable", async () => {
    const unreachable = await openDatabase({
      url: `postgresql://postgres@127.0.0.1:${await freePort()}/none`,
    });
    const app = await buildApp({ ...t.context, db: unreachable });
    try {
      const response = await app.inject({ method: "GET", url: "/health" });
      assert.equal(response.statusCode, 503);
      const body = response.json();
      assert.equal(body.status, "degraded");
      assert.equal(body.checks.database.ok, false);
      assert.match(body.checks.database.error, /\S/);
      assert.equal(body.checks.chain.ok, true);
    } finally {
      await app.close();
      await unreachable.close();
    }
  });

  test("answers 503 naming the chain when the node is down", async () => {
    await t.anvil.stop();
    const response = await t.app.inject({ method: "GET", url: "/health" });
    assert.equal(response.statusCode, 503);
    const body = response.json();
    assert.equal(body.status, "degraded");
    assert.equal(body.checks.database.ok, true);
    assert.equal(body.checks.chain.ok, false);
    assert.match(body.checks.chain.error, /\S/);
  });
});

describe("errors", () => {
  const t = testApp();

  test("an unknown route is a problem+json 404", async () => {
    const response = await t.app.inject({ method: "GET", url: "/no/such/thing?x=1" });
    assert.equal(response.statusCode, 404);
    assert.match(response.headers["content-type"] ?? "", /^application\/problem\+json/);
    assert.deepEqual(response.json(), {
      type: "https://tracemark.dev/problems/not-found",
      title: "Not Found",
      status: 404,
      detail: "No route GET /no/such/thing",
    });
  });

  test("the OpenAPI 3.1 document lists the routes", async () => {
    const response = await t.app.inject({ method: "GET", url: "/docs/json" });
    assert.equal(response.statusCode, 200);
    const document = response.json();
    assert.equal(document.openapi, "3.1.0");
    assert.ok(document.paths["/health"].get);
  });
});
