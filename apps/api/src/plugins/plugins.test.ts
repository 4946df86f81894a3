import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildTestApp } from "../testing/buildTestApp.ts";
import { testApp } from "../testing/suite.ts";

describe("platform: request ids, metrics, readiness, rate limits", () => {
  const t = testApp({ rateLimits: { publicPerMinute: 3, authPerMinute: 2 } });

  test("every response carries its request id in x-request-id", async () => {
    const generated = await t.app.inject({ method: "GET", url: "/ready" });
    assert.match(String(generated.headers["x-request-id"]), /^[0-9a-f-]{36}$/);
    const given = await t.app.inject({
      method: "GET",
      url: "/orgs/not-a-uuid",
      headers: { "x-request-id": "abc-123" },
    });
    assert.equal(given.statusCode, 400);
    assert.equal(given.headers["x-request-id"], "abc-123");
    assert.equal(
      given.json().instance,
      "urn:tracemark:request:abc-123",
      "problems name the same id, as a URI",
    );
    for (const unsafe of ["a b", 'x"}\n{"forged":1', "é", "x".repeat(129)]) {
      const replaced = await t.app.inject({
        method: "GET",
        url: "/ready",
        headers: { "x-request-id": unsafe },
      });
      assert.match(String(replaced.headers["x-request-id"]), /^[0-9a-f-]{36}$/, `${unsafe} is replaced`);
    }
  });

  test("the public routes are limited per client: 429 problem+json with Retry-After", async () => {
    const url = "/public/01/09520123456788/10/NOPE";
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await t.app.inject({ method: "GET", url })).statusCode);
    assert.deepEqual(statuses, [404, 404, 404]);
    const limited = await t.app.inject({ method: "GET", url });
    assert.equal(limited.statusCode, 429, limited.body);
    assert.match(String(limited.headers["content-type"]), /application\/problem\+json/);
    assert.ok(Number(limited.headers["retry-after"]) > 0, "Retry-After in seconds");
    assert.equal(limited.json().title, "Too Many Requests");
    // Another client address has its own budget.
    const other = await t.app.inject({ method: "GET", url, remoteAddress: "10.0.0.9" });
    assert.equal(other.statusCode, 404);
    // Without TRUST_PROXY, X-Forwarded-For is not believed: a client cannot pose as another.
    const forged = await t.app.inject({ method: "GET", url, headers: { "x-forwarded-for": "10.9.9.9" } });
    assert.equal(forged.statusCode, 429);
  });

  test("behind a trusted proxy, clients are told apart by X-Forwarded-For", async () => {
    const proxied = await buildTestApp({
      rateLimits: { publicPerMinute: 1, authPerMinute: 2 },
      trustProxy: ["127.0.0.1"],
    });
    try {
      const url = "/public/01/09520123456788/10/NOPE";
      const from = (client: string) =>
        proxied.app.inject({ method: "GET", url, headers: { "x-forwarded-for": client } });
      assert.equal((await from("203.0.113.1")).statusCode, 404);
      assert.equal((await from("203.0.113.1")).statusCode, 429);
      assert.equal((await from("203.0.113.2")).statusCode, 404, "another client behind the proxy");
    } finally {
      await proxied.close();
    }
  });

  test("sign-in routes are limited; other routes are not", async () => {
    const login = () =>
      t.app.inject({
        method: "POST",
        url: "/auth/login",
        payload: { email: "x@example.test", password: "wrong" },
      });
    assert.notEqual((await login()).statusCode, 429);
    assert.notEqual((await login()).statusCode, 429);
    const third = await login();
    assert.equal(third.statusCode, 429);
    assert.ok(third.headers["retry-after"]);
    for (let i = 0; i < 6; i++) {
      assert.notEqual((await t.app.inject({ method: "GET", url: "/ready" })).statusCode, 429);
      assert.notEqual((await t.app.inject({ method: "GET", url: "/metrics" })).statusCode, 429);
    }
  });

  test("GET /metrics: Prometheus text with process metrics and request durations by route and status", async () => {
    await t.app.inject({ method: "GET", url: "/ready" });
    await t.app.inject({ method: "GET", url: "/orgs/not-a-uuid" });
    const response = await t.app.inject({ method: "GET", url: "/metrics" });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers["content-type"]), /^text\/plain; version=0\.0\.4/);
    assert.match(response.body, /^process_cpu_user_seconds_total \d/m);
    assert.match(response.body, /^nodejs_eventloop_lag_seconds /m);
    assert.match(response.body, /^# TYPE http_request_duration_seconds histogram$/m);
    assert.match(
      response.body,
      /^http_request_duration_seconds_count\{method="GET",route="\/ready",status_code="200"\} \d+$/m,
    );
    assert.match(
      response.body,
      /^http_request_duration_seconds_count\{method="GET",route="\/orgs\/:orgId",status_code="400"\} \d+$/m,
    );
    assert.match(response.body, /route="\/public\/01\/:gtin\/10\/:lot",status_code="429"/);
    assert.doesNotMatch(response.body, /route="\/metrics"/);
  });

  test("GET /ready: 200 while serving, 503 once shutting down", async () => {
    const ready = await t.app.inject({ method: "GET", url: "/ready" });
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(ready.json(), { status: "ready" });
    t.app.readiness.shuttingDown = true;
    const closing = await t.app.inject({ method: "GET", url: "/ready" });
    assert.equal(closing.statusCode, 503);
    assert.equal(closing.json().reason, "shutting down");
    t.app.readiness.shuttingDown = false;
  });

  test("closing the app marks it as shutting down", async () => {
    const other = await buildTestApp();
    assert.equal(other.app.readiness.shuttingDown, false);
    await other.close();
    assert.equal(other.app.readiness.shuttingDown, true);
  });
});
