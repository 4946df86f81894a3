import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { call, createActors } from "../../testing/actors.ts";
import { buildTestApp } from "../../testing/buildTestApp.ts";
import { testAppWithActors } from "../../testing/suite.ts";

/** A resolver for the tests' names (no DNS here): each name answers the addresses listed. */
const fakeDns: Record<string, string[]> = {
  "erp.example.test": ["93.184.216.34"],
  "rebound.example.test": ["10.1.2.3"],
  "metadata-alias.example.test": ["169.254.169.254"],
  "loopback.example.test": ["127.0.0.1"],
  "mixed.example.test": ["93.184.216.34", "::1"],
  "mapped.example.test": ["::ffff:192.168.0.7"],
  localhost: ["127.0.0.1", "::1"],
};
const lookupHost = async (hostname: string) => {
  const addresses = fakeDns[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

/** Targets that reach inside the network running Tracemark, by every spelling the tests know. */
const internalTargets = [
  "https://169.254.169.254/latest/meta-data/",
  "https://10.0.0.1/hook",
  "https://172.16.5.4/hook",
  "https://192.168.1.1/hook",
  "https://100.64.0.1/hook",
  "https://127.0.0.1/hook",
  "https://127.1/hook",
  "https://2130706433/hook",
  "https://0177.0.0.1/hook",
  "https://0x7f.0.0.1/hook",
  "https://0.0.0.0/hook",
  "https://[::1]/hook",
  "https://[::]/hook",
  "https://[fc00::1]/hook",
  "https://[fd12:3456::1]/hook",
  "https://[fe80::1]/hook",
  "https://[::ffff:127.0.0.1]/hook",
  "https://[::ffff:169.254.169.254]/hook",
  "https://[64:ff9b::a9fe:a9fe]/hook",
  "https://[2002:7f00:1::]/hook",
  "https://224.0.0.1/hook",
  "https://localhost/hook",
  "https://api.localhost/hook",
  "https://metadata.google.internal/computeMetadata/v1/",
  "https://metadata/hook",
  "https://printer.local/hook",
  "https://rebound.example.test/hook",
  "https://metadata-alias.example.test/hook",
  "https://loopback.example.test/hook",
  "https://mixed.example.test/hook",
  "https://mapped.example.test/hook",
];

describe("webhooks", () => {
  const { t, a } = testAppWithActors({}, { lookupHost });
  let url: string;
  before(async () => {
    url = `/orgs/${a.orgA.id}/webhooks`;
  });

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

  test("targets inside the network (private, loopback, link-local, metadata, by any spelling or DNS name) are refused", async () => {
    const before = await t.db.prisma.webhook.count();
    const existing = (
      await call(t.app, a.orgA.users.admin, "POST", url, {
        url: "https://erp.example.test/h",
        events: ["anchored"],
      })
    ).json();
    for (const target of internalTargets) {
      const created = await call(t.app, a.orgA.users.admin, "POST", url, {
        url: target,
        events: ["anchored"],
      });
      assert.equal(created.statusCode, 422, `${target}: ${created.body}`);
      assert.equal(created.headers["content-type"], "application/problem+json; charset=utf-8");
      assert.equal(created.json().errors[0].field, "body.url", target);
      assert.match(created.json().detail, /address|internal|public/, target);
      const moved = await call(t.app, a.orgA.users.admin, "PATCH", `${url}/${existing.id}`, { url: target });
      assert.equal(moved.statusCode, 422, `PATCH ${target}: ${moved.body}`);
    }
    assert.equal(await t.db.prisma.webhook.count(), before + 1);
    assert.equal(
      (await t.db.prisma.webhook.findUniqueOrThrow({ where: { id: existing.id } })).url,
      "https://erp.example.test/h",
    );
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
  test("with WEBHOOK_ALLOW_HTTP_LOCALHOST, loopback is accepted; http elsewhere and other private targets still refused", async () => {
    const t = await buildTestApp({ webhookAllowHttpLocalhost: true }, { lookupHost });
    try {
      const a = await createActors(t);
      const url = `/orgs/${a.orgA.id}/webhooks`;
      for (const target of [
        "http://127.0.0.1:9000/hook",
        "http://localhost:9000/hook",
        "http://[::1]:9000/hook",
        "https://loopback.example.test/hook",
      ]) {
        const local = await call(t.app, a.orgA.users.admin, "POST", url, {
          url: target,
          events: ["anchored"],
        });
        assert.equal(local.statusCode, 201, `${target}: ${local.body}`);
      }
      for (const target of internalTargets.filter(
        (target) => !/127\.|2130706433|0177|0x7f|::1\]|\/localhost|loopback|mixed/.test(target),
      )) {
        const refused = await call(t.app, a.orgA.users.admin, "POST", url, {
          url: target,
          events: ["anchored"],
        });
        assert.equal(refused.statusCode, 422, `${target}: ${refused.body}`);
      }
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
