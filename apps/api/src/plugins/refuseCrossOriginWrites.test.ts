import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { call } from "../testing/actors.ts";
import { testAppWithActors } from "../testing/suite.ts";

const PROBLEM_JSON = "application/problem+json; charset=utf-8";
// Another port of the same host: the same site, so a SameSite=Lax cookie goes along.
const EVIL = "http://127.0.0.1:3001";
const WEB = "http://127.0.0.1:3000";

describe("cross-origin writes with a session cookie (CSRF)", () => {
  const { t, a } = testAppWithActors();

  /** `POST /orgs/:orgId/products` with exactly these headers. */
  const addProduct = (orgId: string, headers: Record<string, string | undefined>, payload: object) =>
    t.app.inject({ method: "POST", url: `/orgs/${orgId}/products`, headers, payload });
  const me = (cookie: Record<string, string>) =>
    t.app.inject({ method: "GET", url: "/auth/me", headers: cookie });

  test("a form on another origin cannot sign the user out (text/plain, no body): 403, the session lives", async () => {
    const user = a.orgA.users.viewer;
    const response = await t.app.inject({
      method: "POST",
      url: "/auth/logout",
      headers: { ...user.headers, origin: EVIL, "sec-fetch-site": "same-site", "content-type": "text/plain" },
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.headers["content-type"], PROBLEM_JSON);
    assert.match(response.json().detail, /http:\/\/127\.0\.0\.1:3001/);
    assert.equal((await me(user.headers)).statusCode, 200);
  });

  test("a platform admin's browser on another origin cannot suspend an organisation", async () => {
    const target = await t.db.prisma.organization.create({ data: { name: "Target", status: "active" } });
    const response = await t.app.inject({
      method: "POST",
      url: `/admin/organizations/${target.id}/suspend`,
      headers: { ...a.platformAdmin.headers, origin: EVIL, "content-type": "text/plain" },
    });
    assert.equal(response.statusCode, 403);
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { id: target.id } });
    assert.equal(org.status, "active");
  });

  test("a JSON write from another origin stores nothing; from the web app's origin it is stored", async () => {
    const refused = await addProduct(
      a.orgA.id,
      { ...a.orgA.users.operator.headers, origin: EVIL },
      { gtin: "09506000134352", name: "Forged" },
    );
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.headers["content-type"], PROBLEM_JSON);
    assert.equal(await t.db.prisma.product.count({ where: { organizationId: a.orgA.id } }), 0);

    const accepted = await addProduct(
      a.orgA.id,
      { ...a.orgA.users.operator.headers, origin: WEB, "sec-fetch-site": "same-origin" },
      { gtin: "09506000134352", name: "Genuine" },
    );
    assert.equal(accepted.statusCode, 201);
  });

  test("without Origin, Sec-Fetch-Site or a Referer from another site decides", async () => {
    const crossSite = await t.app.inject({
      method: "DELETE",
      url: `/orgs/${a.orgA.id}/members/${a.orgA.users.viewer.userId}`,
      headers: { ...a.orgA.users.owner.headers, "sec-fetch-site": "cross-site" },
    });
    assert.equal(crossSite.statusCode, 403);
    const byReferer = await t.app.inject({
      method: "DELETE",
      url: `/orgs/${a.orgA.id}/members/${a.orgA.users.viewer.userId}`,
      headers: { ...a.orgA.users.owner.headers, referer: `${EVIL}/attack.html` },
    });
    assert.equal(byReferer.statusCode, 403);
    assert.equal(
      await t.db.prisma.membership.count({
        where: { organizationId: a.orgA.id, userId: a.orgA.users.viewer.userId },
      }),
      1,
    );
  });

  test("an opaque origin (a sandboxed frame, a data: URL) is refused", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/auth/logout",
      headers: { ...a.orgB.users.viewer.headers, origin: "null" },
    });
    assert.equal(response.statusCode, 403);
  });

  test("credentials a browser adds by itself (HTTP Basic) do not pass for an API key", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/auth/logout",
      headers: { ...a.orgA.users.admin.headers, origin: EVIL, authorization: "Basic dXNlcjpwYXNz" },
    });
    assert.equal(response.statusCode, 403);
    assert.equal((await me(a.orgA.users.admin.headers)).statusCode, 200);
  });

  test("an API key is not a browser's ambient credential: its writes pass from any origin", async () => {
    const response = await addProduct(
      a.orgB.id,
      { ...a.orgB.apiKeys.operator.headers, origin: EVIL, cookie: a.orgB.users.owner.headers.cookie },
      { gtin: "09506000134376", name: "By key" },
    );
    assert.equal(response.statusCode, 201);
  });

  test("pages of the API's own origin, programs that are not browsers, and reads pass", async () => {
    const own = await addProduct(
      a.orgB.id,
      { ...a.orgB.users.operator.headers, host: "api.example:4000", origin: "http://api.example:4000" },
      { gtin: "09506000134383", name: "From /docs" },
    );
    assert.equal(own.statusCode, 201);
    const program = await call(t.app, a.orgB.users.operator, "POST", `/orgs/${a.orgB.id}/products`, {
      gtin: "09506000134390",
      name: "By a program",
    });
    assert.equal(program.statusCode, 201);
    const read = await t.app.inject({
      method: "GET",
      url: "/auth/me",
      headers: { ...a.orgB.users.admin.headers, origin: EVIL, "sec-fetch-site": "cross-site" },
    });
    assert.equal(read.statusCode, 200);
  });

  test("sign-in from another origin is refused too (login CSRF)", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/auth/login",
      headers: { origin: EVIL },
      payload: { email: "nobody@example.test", password: "whatever password" },
    });
    assert.equal(response.statusCode, 403);
  });
});
