import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { createPublicClient, http } from "viem";
import { buildApp } from "../app.ts";
import { readConfig } from "../env.ts";
import { testPrivatePostgres } from "../testing/suite.ts";

describe("requests while Postgres shuts down and comes back", () => {
  const db = testPrivatePostgres();
  let app: FastifyInstance;
  before(async () => {
    const config = readConfig({ LOG_LEVEL: "silent", DATABASE_URL: db.server.url });
    const chain = createPublicClient({ transport: http(config.rpcUrl, { retryCount: 0 }) });
    app = await buildApp({ config, db, chain });
  });
  after(() => app?.close());

  /** A session looked up in the database (and not found: 401). */
  const sessionLookup = () =>
    app.inject({ method: "GET", url: "/auth/me", cookies: { tm_session: "tm_sess_not-a-session" } });

  test("the first request and the next get a retryable 503 problem+json with Retry-After, not a 500; then it serves again", async () => {
    assert.equal((await sessionLookup()).statusCode, 401, "pooled connections are open");
    db.server.halt();
    try {
      for (const which of ["first", "second"]) {
        const answer = await sessionLookup();
        assert.equal(answer.statusCode, 503, `${which}: ${answer.body}`);
        assert.equal(answer.headers["content-type"], "application/problem+json; charset=utf-8");
        assert.ok(Number(answer.headers["retry-after"]) > 0, `${which}: Retry-After in seconds`);
        assert.match(answer.json().detail, /database/);
      }
    } finally {
      db.server.restart();
    }
    assert.equal((await sessionLookup()).statusCode, 401, "served again once Postgres is back");
  });
});
