import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { createSiweMessage } from "viem/siwe";
import { ensurePlatformAdmin } from "../../services/auth/users.ts";
import { testApp } from "../../testing/suite.ts";

function sessionCookie(response: { cookies: { name: string; value: string; httpOnly?: boolean }[] }) {
  const cookie = response.cookies.find((c) => c.name === "tm_session");
  assert.ok(cookie, "a session cookie is set");
  return cookie;
}

describe("auth", () => {
  const t = testApp();

  const post = (url: string, payload: object, cookie?: string) =>
    t.app.inject({ method: "POST", url, payload, headers: cookie ? { cookie: `tm_session=${cookie}` } : {} });
  /** Sign-up opens no session: a new account signs in next, as the web app does. */
  async function signUpAndIn(account: { email: string; password: string; name?: string }) {
    assert.equal((await post("/auth/signup", account)).statusCode, 202);
    return post("/auth/login", { email: account.email, password: account.password });
  }

  test("sign up, who am I, sign out, sign in, wrong password", async () => {
    const signup = await signUpAndIn({
      email: "Ana@Example.test",
      password: "long enough password",
      name: "Ana",
    });
    assert.equal(signup.statusCode, 200);
    const cookie = sessionCookie(signup);
    assert.equal(cookie.httpOnly, true);
    assert.equal(signup.json().email, "ana@example.test");

    const me = await t.app.inject({
      method: "GET",
      url: "/auth/me",
      headers: { cookie: `tm_session=${cookie.value}` },
    });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().name, "Ana");
    assert.deepEqual(me.json().memberships, []);
    assert.equal(me.json().auditor, null);

    assert.equal((await post("/auth/logout", {}, cookie.value)).statusCode, 204);
    const afterLogout = await t.app.inject({
      method: "GET",
      url: "/auth/me",
      headers: { cookie: `tm_session=${cookie.value}` },
    });
    assert.equal(afterLogout.statusCode, 401);

    const login = await post("/auth/login", { email: "ana@example.test", password: "long enough password" });
    assert.equal(login.statusCode, 200);
    sessionCookie(login);

    const wrong = await post("/auth/login", { email: "ana@example.test", password: "not the password" });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.headers["content-type"], "application/problem+json; charset=utf-8");
    const unknown = await post("/auth/login", { email: "nobody@example.test", password: "not the password" });
    assert.deepEqual(unknown.json().detail, wrong.json().detail);
  });

  test("the password is stored with scrypt, never in clear", async () => {
    await signUpAndIn({ email: "hash@example.test", password: "long enough password" });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "hash@example.test" } });
    assert.match(user.passwordHash ?? "", /^scrypt\$32768\$8\$1\$/);
    assert.doesNotMatch(user.passwordHash ?? "", /long enough password/);
  });

  test("bad input is a 400 naming the field, and writes nothing", async () => {
    const response = await post("/auth/signup", { email: "not-an-email", password: "short" });
    assert.equal(response.statusCode, 400);
    const fields = response
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    assert.deepEqual(fields, ["body.email", "body.password"]);
    assert.equal(await t.db.prisma.user.count({ where: { email: "not-an-email" } }), 0);
  });

  test("sign-up answers alike whether the email is registered or not, and never touches an existing account", async () => {
    await signUpAndIn({ email: "twice@example.test", password: "long enough password" });
    const existing = await post("/auth/signup", {
      email: "TWICE@example.test",
      password: "another password!",
    });
    const fresh = await post("/auth/signup", { email: "once@example.test", password: "another password!" });
    for (const response of [existing, fresh]) {
      assert.equal(response.statusCode, 202);
      assert.equal(response.headers["set-cookie"], undefined, "no session either way");
    }
    assert.equal(existing.body, fresh.body);
    assert.equal(existing.headers["content-type"], fresh.headers["content-type"]);
    assert.equal(await t.db.prisma.user.count({ where: { email: "twice@example.test" } }), 1);
    assert.equal(
      (await post("/auth/login", { email: "twice@example.test", password: "another password!" })).statusCode,
      401,
    );
    assert.equal(
      (await post("/auth/login", { email: "twice@example.test", password: "long enough password" }))
        .statusCode,
      200,
    );
    assert.equal(
      (await post("/auth/login", { email: "once@example.test", password: "another password!" })).statusCode,
      200,
    );
  });

  test("changing the password needs the current one and signs out other sessions", async () => {
    const first = sessionCookie(
      await signUpAndIn({ email: "change@example.test", password: "first password!!" }),
    ).value;
    const second = sessionCookie(
      await post("/auth/login", { email: "change@example.test", password: "first password!!" }),
    ).value;
    const refused = await post(
      "/auth/password",
      { currentPassword: "wrong password!!", newPassword: "second password!" },
      first,
    );
    assert.equal(refused.statusCode, 403);
    const changed = await post(
      "/auth/password",
      { currentPassword: "first password!!", newPassword: "second password!" },
      first,
    );
    assert.equal(changed.statusCode, 204);
    const meFirst = await t.app.inject({
      method: "GET",
      url: "/auth/me",
      headers: { cookie: `tm_session=${first}` },
    });
    const meSecond = await t.app.inject({
      method: "GET",
      url: "/auth/me",
      headers: { cookie: `tm_session=${second}` },
    });
    assert.equal(meFirst.statusCode, 200);
    assert.equal(meSecond.statusCode, 401);
    assert.equal(
      (await post("/auth/login", { email: "change@example.test", password: "second password!" })).statusCode,
      200,
    );
  });

  test("BOOTSTRAP_ADMIN_EMAIL never promotes an account someone else signed up with first", async () => {
    const squatter = await post("/auth/signup", {
      email: "Root@Tracemark.example",
      password: "the squatter's password",
      name: "Not the operator",
    });
    assert.equal(squatter.statusCode, 202);
    await assert.rejects(
      ensurePlatformAdmin(t.db, "root@tracemark.example", "the operator's bootstrap password"),
      /BOOTSTRAP_ADMIN_EMAIL root@tracemark\.example belongs to an existing account that is not a platform administrator/,
    );
    const account = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "root@tracemark.example" } });
    assert.equal(account.isPlatformAdmin, false);

    await t.db.prisma.user.update({ where: { id: account.id }, data: { isPlatformAdmin: true } });
    await ensurePlatformAdmin(t.db, "ROOT@tracemark.example", "the operator's bootstrap password");
    await ensurePlatformAdmin(t.db, "fresh-root@tracemark.example", "the operator's bootstrap password");
    const fresh = await t.db.prisma.user.findUniqueOrThrow({
      where: { email: "fresh-root@tracemark.example" },
    });
    assert.equal(fresh.isPlatformAdmin, true);
    const signIn = await post("/auth/login", {
      email: "fresh-root@tracemark.example",
      password: "the operator's bootstrap password",
    });
    assert.equal(signIn.statusCode, 200, signIn.body);
  });

  describe("Sign-In with Ethereum", () => {
    const account = privateKeyToAccount(generatePrivateKey());
    /** A fresh SIWE message for `domain`, signed by `wallet`: the body of /auth/siwe and /auth/wallet. */
    async function signedMessage({
      domain = "localhost:3000",
      wallet = account,
      ...fields
    }: { domain?: string; wallet?: typeof account } & Partial<Parameters<typeof createSiweMessage>[0]> = {}) {
      const { nonce } = (await t.app.inject({ method: "GET", url: "/auth/siwe/nonce" })).json();
      const message = createSiweMessage({
        address: wallet.address,
        chainId: 31337,
        domain,
        nonce,
        uri: `http://${domain}`,
        version: "1",
        issuedAt: new Date(),
        ...fields,
      });
      return { message, signature: await wallet.signMessage({ message }) };
    }

    test("a wallet signs in (a wallet-only account is created) and the nonce cannot be replayed", async () => {
      const body = await signedMessage();
      const response = await post("/auth/siwe", body);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().walletAddress, account.address.toLowerCase());
      assert.equal(response.json().email, null);
      sessionCookie(response);
      const replay = await post("/auth/siwe", body);
      assert.equal(replay.statusCode, 401);
      const again = await post("/auth/siwe", await signedMessage());
      assert.equal(again.json().id, response.json().id);
    });

    test("a message for another site or with a forged signature is refused", async () => {
      const otherSite = await post("/auth/siwe", await signedMessage({ domain: "evil.example" }));
      assert.equal(otherSite.statusCode, 422);
      const { message } = await signedMessage();
      const forger = privateKeyToAccount(generatePrivateKey());
      const forged = await post("/auth/siwe", { message, signature: await forger.signMessage({ message }) });
      assert.equal(forged.statusCode, 401);
    });

    test("a message for another chain, another site's URI, from the future, expired or not yet valid is refused, each in its own words", async () => {
      const minutes = (n: number) => new Date(Date.now() + n * 60_000);
      const cases = [
        [{ chainId: 1 }, "The message is for chain 1; Tracemark here is on chain 31337."],
        [
          { uri: "http://evil.example/login" },
          "The message's URI http://evil.example/login is not on localhost:3000.",
        ],
        [{ uri: "javascript:alert(1)" }, "The message's URI javascript:alert(1) is not on localhost:3000."],
        [
          { issuedAt: minutes(60) },
          `The message is issued in the future (${minutes(60).toISOString().slice(0, 16)}`,
        ],
        [{ issuedAt: minutes(-60) }, "The message was issued more than 10 minutes ago; sign a new one."],
        [{ expirationTime: minutes(-1) }, "The message expired at"],
        [{ notBefore: minutes(30) }, "The message is not valid before"],
      ] as const;
      for (const [fields, detail] of cases) {
        const response = await post("/auth/siwe", await signedMessage(fields));
        assert.equal(response.statusCode, 422, `${JSON.stringify(fields)}: ${response.body}`);
        assert.equal(response.headers["content-type"], "application/problem+json; charset=utf-8");
        assert.ok(
          response.json().detail.startsWith(detail),
          `${JSON.stringify(fields)}: "${response.json().detail}" says "${detail}"`,
        );
      }
      const unexpired = await post("/auth/siwe", await signedMessage({ expirationTime: minutes(5) }));
      assert.equal(unexpired.statusCode, 200, unexpired.body);
    });

    test("a signed-in user links a wallet; another account cannot take it", async () => {
      const linker = privateKeyToAccount(generatePrivateKey());
      const cookie = sessionCookie(
        await signUpAndIn({ email: "linker@example.test", password: "long enough password" }),
      ).value;
      const linked = await post("/auth/wallet", await signedMessage({ wallet: linker }), cookie);
      assert.equal(linked.statusCode, 200);
      assert.equal(linked.json().walletAddress, linker.address.toLowerCase());

      const other = sessionCookie(
        await signUpAndIn({ email: "thief@example.test", password: "long enough password" }),
      ).value;
      const taken = await post("/auth/wallet", await signedMessage({ wallet: linker }), other);
      assert.equal(taken.statusCode, 409);
    });

    test("an account keeps its wallet: the same one again is a no-op, another one is refused in words", async () => {
      const first = privateKeyToAccount(generatePrivateKey());
      const second = privateKeyToAccount(generatePrivateKey());
      const cookie = sessionCookie(
        await signUpAndIn({ email: "keeper@example.test", password: "long enough password" }),
      ).value;
      assert.equal(
        (await post("/auth/wallet", await signedMessage({ wallet: first }), cookie)).statusCode,
        200,
      );
      const again = await post("/auth/wallet", await signedMessage({ wallet: first }), cookie);
      assert.equal(again.statusCode, 200);
      assert.equal(again.json().walletAddress, first.address.toLowerCase());

      const swap = await post("/auth/wallet", await signedMessage({ wallet: second }), cookie);
      assert.equal(swap.statusCode, 409);
      assert.equal(swap.headers["content-type"], "application/problem+json; charset=utf-8");
      assert.equal(
        swap.json().detail,
        `Your account already has the wallet ${first.address.toLowerCase()} linked; an account keeps one wallet, so it was not replaced.`,
      );
      const me = await t.app.inject({
        method: "GET",
        url: "/auth/me",
        headers: { cookie: `tm_session=${cookie}` },
      });
      assert.equal(me.json().walletAddress, first.address.toLowerCase());

      // The refused wallet stays free: it signs in as an account of its own.
      const signIn = await post("/auth/siwe", await signedMessage({ wallet: second }));
      assert.equal(signIn.statusCode, 200);
      assert.notEqual(signIn.json().id, me.json().id);
    });
  });
});
