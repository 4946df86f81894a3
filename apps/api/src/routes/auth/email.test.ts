import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { hashToken } from "../../services/auth/tokens.ts";
import { buildTestApp } from "../../testing/buildTestApp.ts";
import { buildMailTestApp, TEST_WEB_URL, tokenOfLink } from "../../testing/mailTestApp.ts";

const PASSWORD = "correct horse battery staple";
let sequence = 0;
const newEmail = (who: string) => {
  sequence += 1;
  return `${who}-${sequence}@example.test`;
};

describe("email: verification, password reset and invitations, through a real SMTP sink", () => {
  let t: Awaited<ReturnType<typeof buildMailTestApp>>;
  before(async () => {
    t = await buildMailTestApp();
  });
  after(() => t.close());

  const call = (method: "GET" | "POST", url: string, payload?: object, cookie?: string) =>
    t.app.inject({ method, url, payload, headers: cookie ? { cookie: `tm_session=${cookie}` } : {} });
  async function signIn(email: string, password = PASSWORD): Promise<string> {
    const login = await call("POST", "/auth/login", { email, password });
    assert.equal(login.statusCode, 200, login.body);
    return login.cookies.find((c) => c.name === "tm_session")?.value as string;
  }
  /** Signs up through the API, returns a session and the verification mail's token. */
  async function signUp(email: string) {
    assert.equal(
      (await call("POST", "/auth/signup", { email, password: PASSWORD, name: "Test" })).statusCode,
      202,
    );
    const mail = await t.sink.waitForMail({ to: email, subject: "Verify your email" });
    return { cookie: await signIn(email), verifyToken: tokenOfLink(mail, "/verify-email") };
  }
  async function verifiedAccount(email: string) {
    const { cookie, verifyToken } = await signUp(email);
    assert.equal((await call("POST", "/auth/verify-email", { token: verifyToken })).statusCode, 200);
    return cookie;
  }
  const problem = (response: {
    statusCode: number;
    headers: Record<string, unknown>;
    json: () => unknown;
  }) => {
    assert.equal(response.headers["content-type"], "application/problem+json; charset=utf-8");
    return response.json() as { status: number; title: string; detail: string };
  };

  test("a new account is mailed a verification link; until it opens it, it cannot create an organisation", async () => {
    const email = newEmail("vera");
    const { cookie, verifyToken } = await signUp(email);
    const mail = await t.sink.waitForMail({ to: email, subject: "Verify your email" });
    assert.ok(mail.links.every((link) => link.startsWith(`${TEST_WEB_URL}/`)));
    assert.equal(
      await t.db.prisma.emailToken.count({ where: { tokenHash: verifyToken } }),
      0,
      "stored hashed only",
    );

    assert.equal((await call("GET", "/auth/me", undefined, cookie)).json().emailVerifiedAt, null);
    const refused = await call("POST", "/orgs", { name: "Too soon" }, cookie);
    assert.equal(refused.statusCode, 403);
    assert.equal(problem(refused).title, "Email not verified");
    assert.equal(await t.db.prisma.organization.count({ where: { name: "Too soon" } }), 0);

    assert.equal((await call("POST", "/auth/verify-email", { token: verifyToken })).statusCode, 200);
    assert.notEqual((await call("GET", "/auth/me", undefined, cookie)).json().emailVerifiedAt, null);
    assert.equal((await call("POST", "/orgs", { name: "In time" }, cookie)).statusCode, 201);

    const again = await call("POST", "/auth/verify-email", { token: verifyToken });
    assert.equal(again.statusCode, 410);
    assert.equal(problem(again).title, "Link already used");
    const unknown = await call("POST", "/auth/verify-email", { token: "tm_verify_nothing" });
    assert.equal(unknown.statusCode, 404);
    assert.equal(problem(unknown).title, "Unknown link");
    assert.equal((await call("POST", "/auth/verify-email/resend", undefined, cookie)).statusCode, 409);
  });

  test("signing up again with a registered email changes nothing and tells its owner by mail, answering the same", async () => {
    const email = newEmail("twice");
    const first = await call("POST", "/auth/signup", { email, password: PASSWORD });
    await t.sink.waitForMail({ to: email, subject: "Verify your email" });
    const second = await call("POST", "/auth/signup", { email, password: "a different password" });
    assert.deepEqual(second.json(), first.json());
    const notice = await t.sink.waitForMail({ to: email, subject: "tried to sign up" });
    assert.ok(notice.links.includes(`${TEST_WEB_URL}/reset-password`));
    await signIn(email);
  });

  test("an expired verification link is refused; a new one can be asked for, and the old one then stops working", async () => {
    const email = newEmail("late");
    const { cookie, verifyToken } = await signUp(email);
    await t.db.prisma.emailToken.updateMany({
      where: { tokenHash: hashToken(verifyToken) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await call("POST", "/auth/verify-email", { token: verifyToken });
    assert.equal(expired.statusCode, 410);
    assert.equal(problem(expired).title, "Link expired");
    const after = t.sink.lastId();
    assert.equal((await call("POST", "/auth/verify-email/resend", undefined, cookie)).statusCode, 202);
    const fresh = tokenOfLink(
      await t.sink.waitForMail({ to: email, subject: "Verify", after }),
      "/verify-email",
    );
    assert.notEqual(fresh, verifyToken);
    assert.equal((await call("POST", "/auth/verify-email", { token: fresh })).statusCode, 200);
  });

  test("password reset: the answer never says whether the account exists; the link works once, and ends every session", async () => {
    const email = newEmail("reset");
    const cookie = await verifiedAccount(email);
    const stranger = newEmail("nobody");
    const forUnknown = await call("POST", "/auth/password-reset", { email: stranger });
    const forKnown = await call("POST", "/auth/password-reset", { email: email.toUpperCase() });
    assert.equal(forKnown.statusCode, 202);
    assert.deepEqual(forUnknown.json(), forKnown.json());
    assert.equal(
      await t.db.prisma.mailOutbox.count({ where: { to: stranger } }),
      0,
      "nothing mailed to a stranger",
    );

    const mail = await t.sink.waitForMail({ to: email, subject: "Reset your Tracemark password" });
    const token = tokenOfLink(mail, "/reset-password");
    const weak = await call("POST", "/auth/password-reset/confirm", { token, newPassword: "short" });
    assert.equal(weak.statusCode, 400);
    const done = await call("POST", "/auth/password-reset/confirm", {
      token,
      newPassword: "a brand new passphrase",
    });
    assert.equal(done.statusCode, 204);
    assert.equal((await call("GET", "/auth/me", undefined, cookie)).statusCode, 401, "the old session ended");
    assert.equal((await call("POST", "/auth/login", { email, password: PASSWORD })).statusCode, 401);
    await signIn(email, "a brand new passphrase");

    const reused = await call("POST", "/auth/password-reset/confirm", {
      token,
      newPassword: "yet another passphrase",
    });
    assert.equal(reused.statusCode, 410);
    assert.equal(problem(reused).title, "Link already used");
    const verifyToken = await t.db.prisma.emailToken.findFirstOrThrow({ where: { purpose: "verify_email" } });
    const wrongKind = await call("POST", "/auth/password-reset/confirm", {
      token: verifyToken.tokenHash,
      newPassword: "yet another passphrase",
    });
    assert.equal(wrongKind.statusCode, 404);
  });

  test("password reset: an expired link is refused; asking again makes the earlier link stop working", async () => {
    const email = newEmail("expire");
    await verifiedAccount(email);
    await call("POST", "/auth/password-reset", { email });
    const first = tokenOfLink(await t.sink.waitForMail({ to: email, subject: "Reset" }), "/reset-password");
    await t.db.prisma.emailToken.update({
      where: { tokenHash: hashToken(first) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await call("POST", "/auth/password-reset/confirm", {
      token: first,
      newPassword: "a brand new passphrase",
    });
    assert.equal(expired.statusCode, 410);
    assert.equal(problem(expired).title, "Link expired");
    await t.db.prisma.emailToken.update({
      where: { tokenHash: hashToken(first) },
      data: { expiresAt: new Date(Date.now() + 60_000) },
    });
    const after = t.sink.lastId();
    await call("POST", "/auth/password-reset", { email });
    await t.sink.waitForMail({ to: email, subject: "Reset", after });
    const replaced = await call("POST", "/auth/password-reset/confirm", {
      token: first,
      newPassword: "a brand new passphrase",
    });
    assert.equal(replaced.statusCode, 410);
  });

  test("a failing SMTP server neither fails the request nor loses the mail: it is retried until taken", async () => {
    const email = newEmail("retry");
    await verifiedAccount(email);
    t.sink.setRefusing(true);
    try {
      assert.equal((await call("POST", "/auth/password-reset", { email })).statusCode, 202);
      let row = await t.db.prisma.mailOutbox.findFirstOrThrow({
        where: { to: email, subject: { contains: "Reset" } },
      });
      while (row.attempts === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        row = await t.db.prisma.mailOutbox.findFirstOrThrow({ where: { id: row.id } });
      }
      assert.equal(row.sentAt, null);
      assert.match(row.lastError ?? "", /451|refusing/);
    } finally {
      t.sink.setRefusing(false);
    }
    const mail = await t.sink.waitForMail({ to: email, subject: "Reset" });
    assert.ok(tokenOfLink(mail, "/reset-password"));
  });

  describe("invitations by email", () => {
    let ownerCookie: string;
    let orgId: string;
    before(async () => {
      ownerCookie = await verifiedAccount(newEmail("owner"));
      orgId = (await call("POST", "/orgs", { name: "Inviting Org" }, ownerCookie)).json().id;
    });
    async function invite(email: string, role = "operator", cookie = ownerCookie, org = orgId) {
      const after = t.sink.lastId();
      const response = await call("POST", `/orgs/${org}/invitations`, { email, role }, cookie);
      assert.equal(response.statusCode, 201, response.body);
      const mail = await t.sink.waitForMail({ to: email, subject: "invited", after });
      return { invitation: response.json(), token: tokenOfLink(mail, "/invite"), mail };
    }

    test("the invitee opens the link, signs up, verifies, and joins with the invited role; the link then is used up", async () => {
      const email = newEmail("bo");
      const { invitation, token, mail } = await invite(email);
      assert.equal(invitation.email, email);
      assert.equal(invitation.walletAddress, null);
      assert.ok(invitation.expiresAt);
      assert.match(mail.text, /Inviting Org/);
      const stored = await t.db.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
      assert.equal(stored.tokenHash, hashToken(token), "stored hashed only");

      const preview = await call("POST", "/invitations/preview", { token });
      assert.equal(preview.statusCode, 200);
      assert.equal(preview.json().organizationName, "Inviting Org");
      assert.equal(preview.json().role, "operator");

      const { cookie, verifyToken } = await signUp(email);
      const unverified = await call("POST", "/invitations/accept", { token }, cookie);
      assert.equal(unverified.statusCode, 403);
      assert.equal(problem(unverified).title, "Email not verified");
      await call("POST", "/auth/verify-email", { token: verifyToken });
      const accepted = await call("POST", "/invitations/accept", { token }, cookie);
      assert.equal(accepted.statusCode, 200);
      assert.deepEqual(accepted.json(), { organizationId: orgId, role: "operator" });

      const again = await call("POST", "/invitations/accept", { token }, cookie);
      assert.equal(again.statusCode, 410);
      assert.equal(problem(again).title, "Invitation already used");
      assert.equal((await call("POST", "/invitations/preview", { token })).statusCode, 410);
    });

    test("a link accepts only its own invitation, only for the invited email; expired and withdrawn links are refused", async () => {
      const email = newEmail("cy");
      const cookie = await verifiedAccount(email);
      const other = await verifiedAccount(newEmail("other"));
      const otherOrg = (await call("POST", "/orgs", { name: "Second Org" }, ownerCookie)).json().id;
      const first = await invite(email, "viewer");
      const second = await invite(email, "admin", ownerCookie, otherOrg);
      assert.notEqual(first.token, second.token);

      const stranger = await call("POST", "/invitations/accept", { token: first.token }, other);
      assert.equal(stranger.statusCode, 403);
      assert.equal(problem(stranger).title, "Invitation for another email");

      assert.equal(
        (await call("POST", "/invitations/accept", { token: first.token }, cookie)).statusCode,
        200,
      );
      const memberships = await t.db.prisma.membership.findMany({ where: { user: { email } } });
      assert.deepEqual(
        memberships.map((m) => [m.organizationId, m.role]),
        [[orgId, "viewer"]],
      );

      await t.db.prisma.invitation.update({
        where: { id: second.invitation.id },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const expired = await call("POST", "/invitations/accept", { token: second.token }, cookie);
      assert.equal(expired.statusCode, 410);
      assert.equal(problem(expired).title, "Invitation expired");

      const third = await invite(newEmail("dee"));
      const withdraw = await t.app.inject({
        method: "DELETE",
        url: `/orgs/${orgId}/invitations/${third.invitation.id}`,
        headers: { cookie: `tm_session=${ownerCookie}` },
      });
      assert.equal(withdraw.statusCode, 204);
      const withdrawn = await call("POST", "/invitations/preview", { token: third.token });
      assert.equal(withdrawn.statusCode, 410);
      assert.equal(problem(withdrawn).title, "Invitation withdrawn");
      assert.equal(
        (await call("POST", "/invitations/preview", { token: "tm_invite_nothing" })).statusCode,
        404,
      );
    });

    test("an invitation by email cannot be accepted through the wallet route by an account without a wallet", async () => {
      const { invitation } = await invite(newEmail("eve"), "admin");
      const walletless = await verifiedAccount(newEmail("walletless"));
      const response = await call("POST", `/invitations/${invitation.id}/accept`, undefined, walletless);
      assert.equal(response.statusCode, 404);
      assert.equal(
        await t.db.prisma.membership.count({ where: { organizationId: orgId, role: "admin" } }),
        0,
      );
    });

    test("nobody invites above their own role; a body with both a wallet and an email is refused", async () => {
      const adminEmail = newEmail("admin");
      const adminSession = await verifiedAccount(adminEmail);
      const admin = await t.db.prisma.user.findUniqueOrThrow({ where: { email: adminEmail } });
      await t.db.prisma.membership.create({
        data: { userId: admin.id, organizationId: orgId, role: "admin" },
      });
      const higher = await call(
        "POST",
        `/orgs/${orgId}/invitations`,
        { email: newEmail("x"), role: "owner" },
        adminSession,
      );
      assert.equal(higher.statusCode, 403);
      const both = await call(
        "POST",
        `/orgs/${orgId}/invitations`,
        { email: newEmail("y"), walletAddress: `0x${"ab".repeat(20)}`, role: "viewer" },
        ownerCookie,
      );
      assert.equal(both.statusCode, 400);
    });
  });
});

test("password reset (asking and setting) is rate-limited like sign-in", async () => {
  const t = await buildTestApp({ rateLimits: { publicPerMinute: 600, authPerMinute: 2 } });
  try {
    const reset = () =>
      t.app.inject({ method: "POST", url: "/auth/password-reset", payload: { email: "a@example.test" } });
    assert.equal((await reset()).statusCode, 202);
    assert.equal((await reset()).statusCode, 202);
    const limited = await reset();
    assert.equal(limited.statusCode, 429);
    assert.match(limited.json().detail, /sign-in requests a minute/);
    const confirm = () =>
      t.app.inject({
        method: "POST",
        url: "/auth/password-reset/confirm",
        payload: { token: "tm_reset_guess", newPassword: "a brand new passphrase" },
      });
    await confirm();
    await confirm();
    assert.equal((await confirm()).statusCode, 429);
  } finally {
    await t.close();
  }
});
