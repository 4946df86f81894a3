import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { signClientAddress } from "../../plugins/clientAddress.ts";
import { hashPassword } from "../../services/auth/passwords.ts";
import { TEST_PASSWORD } from "../../testing/actors.ts";
import { buildTestApp } from "../../testing/buildTestApp.ts";
import { testApp } from "../../testing/suite.ts";

const SECRET = "a secret the web server and the API share, 32+ chars";

describe("sign-in limits: per account and real client, never a lock a stranger can set", () => {
  // Everyone signs in through the web server, so every request comes from its one address.
  const t = testApp({ webForwardedSecret: SECRET, rateLimits: { publicPerMinute: 600, authPerMinute: 12 } });
  before(async () => {
    await t.db.prisma.user.create({
      data: { email: "victim@example.test", passwordHash: await hashPassword(TEST_PASSWORD) },
    });
  });

  /** Sign-in through the web server, which vouches for its visitor's address. */
  const viaWeb = (visitor: string, password: string, signature = signClientAddress(SECRET, visitor)) =>
    t.app.inject({
      method: "POST",
      url: "/auth/login",
      headers: { "x-tracemark-client": visitor, "x-tracemark-client-signature": signature },
      payload: { email: "victim@example.test", password },
    });

  test("an attacker's wrong passwords from one client do not stop the victim from another", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++)
      statuses.push((await viaWeb("198.51.100.66", "guess number one")).statusCode);
    assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
    assert.ok(
      statuses.slice(5).every((status) => status === 429),
      `then only 429s: ${statuses}`,
    );
    const limited = await viaWeb("198.51.100.66", TEST_PASSWORD);
    assert.equal(limited.statusCode, 429, "even the right password waits on the attacker's client");
    assert.equal(limited.headers["content-type"], "application/problem+json; charset=utf-8");
    assert.match(limited.json().detail, new RegExp(`try again in ${limited.headers["retry-after"]} s\\.$`));

    const victim = await viaWeb("203.0.113.7", TEST_PASSWORD);
    assert.equal(victim.statusCode, 200, victim.body);
  });

  test("a client header without the shared secret's signature is ignored: the request counts as the sender's", async () => {
    const spoofed = await buildTestApp({
      webForwardedSecret: SECRET,
      rateLimits: { publicPerMinute: 600, authPerMinute: 3 },
    });
    try {
      const login = (headers: Record<string, string>) =>
        spoofed.app.inject({
          method: "POST",
          url: "/auth/login",
          headers,
          payload: { email: "nobody@example.test", password: "wrong password" },
        });
      for (const visitor of ["10.0.0.1", "10.0.0.2", "10.0.0.3"]) {
        const response = await login({
          "x-tracemark-client": visitor,
          "x-tracemark-client-signature": "00".repeat(32),
        });
        assert.equal(response.statusCode, 401);
      }
      const unsigned = await login({ "x-tracemark-client": "10.0.0.4" });
      assert.equal(unsigned.statusCode, 429, "all four came from the sender's own address");
      const vouched = await login({
        "x-tracemark-client": "10.0.0.5",
        "x-tracemark-client-signature": signClientAddress(SECRET, "10.0.0.5"),
      });
      assert.equal(vouched.statusCode, 401, "a visitor the web server vouches for has a budget of its own");
    } finally {
      await spoofed.close();
    }
  });

  test("the per-client limit says how long is actually left, not the window", async () => {
    const nonce = () =>
      t.app.inject({
        method: "GET",
        url: "/auth/siwe/nonce",
        headers: {
          "x-tracemark-client": "192.0.2.1",
          "x-tracemark-client-signature": signClientAddress(SECRET, "192.0.2.1"),
        },
      });
    for (let i = 0; i < 12; i++) assert.equal((await nonce()).statusCode, 200);
    const response = await nonce();
    assert.equal(response.statusCode, 429);
    assert.equal(
      response.json().detail,
      `At most 12 sign-in requests a minute from one client; try again in ${response.headers["retry-after"]} s.`,
    );
  });
});
