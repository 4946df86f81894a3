import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Actors, call, createActors } from "../../testing/actors.ts";
import { buildTestApp, type TestApp } from "../../testing/buildTestApp.ts";

describe("webhooks", () => {
  let t: TestApp;
  let a: Actors;
  let url: string;
  before(async () => {
    t = await buildTestApp();
    a = await createActors(t);
    url = `/orgs/${a.orgA.id}/webhooks`;
  });
  after(() => t.close());

  test("an admin adds a webhook: the secret is shown once, never in lists", async () => {
    const created = await call(t.app, a.orgA.users.admin, "POST", url, {
      url: "https://erp.example.test/hooks/tracemark",
      events: ["recalled", "attested", "recalled"],
    });
    assert.equal(created.statusCode, 201, created.body);
    const { secret, events, active } = created.json();
    assert.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(events, ["recalled", "attested"]);
    assert.equal(active, true);
    const list = await call(t.app, a.orgA.users.admin, "GET", url);
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().length, 1);
    assert.ok(!list.body.includes(secret));
    assert.equal(list.json()[0].secret, undefined);
  });

  test("https only (http to localhost only when allowed), known events only: refused naming the field", async () => {
    const before = await t.db.prisma.webhook.count();
    const cases: [unknown, number, string][] = [
      [{ url: "http://erp.example.test/hook", events: ["anchored"] }, 422, "body.url"],
      [{ url: "http://localhost:9000/hook", events: ["anchored"] }, 422, "body.url"],
      [{ url: "https://user:pass@erp.example.test/", events: ["anchored"] }, 422, "body.url"],
      [{ url: "not a url", events: ["anchored"] }, 422, "body.url"],
      [{ url: "https://erp.example.test/", events: ["shipped"] }, 400, "body.events.0"],
      [{ url: "https://erp.example.test/", events: [] }, 400, "body.events"],
    ];
    for (const [body, status, field] of cases) {
      const response = await call(t.app, a.orgA.users.admin, "POST", url, body);
      assert.equal(response.statusCode, status, `${JSON.stringify(body)}: ${response.body}`);
      assert.equal(response.json().errors[0].field, field, JSON.stringify(body));
    }
    assert.equal(await t.db.prisma.webhook.count(), before);
  });

  test("update and delete; another organisation's webhook is a 404", async () => {
    const created = (
      await call(t.app, a.orgA.users.admin, "POST", url, {
        url: "https://a.example.test/h",
        events: ["anchored"],
      })
    ).json();
    const updated = await call(t.app, a.orgA.users.admin, "PATCH", `${url}/${created.id}`, {
      events: ["anchored", "recalled"],
      active: false,
    });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.deepEqual(updated.json().events, ["anchored", "recalled"]);
    assert.equal(updated.json().active, false);
    const badUrl = await call(t.app, a.orgA.users.admin, "PATCH", `${url}/${created.id}`, {
      url: "ftp://x.test/",
    });
    assert.equal(badUrl.statusCode, 422);

    const theirs = (
      await call(t.app, a.orgB.users.admin, "POST", `/orgs/${a.orgB.id}/webhooks`, {
        url: "https://b.example.test/h",
        events: ["anchored"],
      })
    ).json();
    const hijack = await call(t.app, a.orgA.users.admin, "PATCH", `${url}/${theirs.id}`, {
      url: "https://evil.example.test/",
    });
    assert.equal(hijack.statusCode, 404);
    assert.equal((await call(t.app, a.orgA.users.admin, "DELETE", `${url}/${theirs.id}`)).statusCode, 404);
    assert.equal(
      (await t.db.prisma.webhook.findUniqueOrThrow({ where: { id: theirs.id } })).url,
      "https://b.example.test/h",
    );

    assert.equal((await call(t.app, a.orgA.users.admin, "DELETE", `${url}/${created.id}`)).statusCode, 204);
    assert.equal((await call(t.app, a.orgA.users.admin, "DELETE", `${url}/${created.id}`)).statusCode, 404);
  });

  test("operators cannot manage webhooks", async () => {
    assert.equal((await call(t.app, a.orgA.users.operator, "GET", url)).statusCode, 403);
  });
});

describe("webhooks in development", () => {
  test("with WEBHOOK_ALLOW_HTTP_LOCALHOST, http to localhost is accepted and http elsewhere still refused", async () => {
    const t = await buildTestApp({ webhookAllowHttpLocalhost: true });
    try {
      const a = await createActors(t);
      const url = `/orgs/${a.orgA.id}/webhooks`;
      const local = await call(t.app, a.orgA.users.admin, "POST", url, {
        url: "http://127.0.0.1:9000/hook",
        events: ["anchored"],
      });
      assert.equal(local.statusCode, 201, local.body);
      const remote = await call(t.app, a.orgA.users.admin, "POST", url, {
        url: "http://erp.example.test/hook",
        events: ["anchored"],
      });
      assert.equal(remote.statusCode, 422);
    } finally {
      await t.close();
    }
  });
});
