import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { call } from "../../testing/actors.ts";
import { uniqueGtin } from "../../testing/captureFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("admin console API", () => {
  const { t, a } = testAppWithActors();

  test("organisations come a page at a time, by status, with their members' count", async () => {
    for (const name of ["Pending one", "Pending two", "Pending three"])
      await t.db.prisma.organization.create({ data: { name } });
    const first = await call(t.app, a.platformAdmin, "GET", "/admin/organizations?status=pending&limit=2");
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().items.length, 2);
    assert.ok(first.json().nextCursor);
    const second = await call(
      t.app,
      a.platformAdmin,
      "GET",
      `/admin/organizations?status=pending&limit=2&cursor=${first.json().nextCursor}`,
    );
    assert.deepEqual(
      second.json().items.map((o: { name: string }) => o.name),
      ["Pending one"],
    );
    assert.equal(second.json().nextCursor, null);
    const active = await call(t.app, a.platformAdmin, "GET", "/admin/organizations?q=org%20a");
    assert.equal(active.json().items[0].memberCount, 4);
  });

  test("an organisation's details list its members and roles; an unknown one is a 404", async () => {
    const detail = await call(t.app, a.platformAdmin, "GET", `/admin/organizations/${a.orgA.id}`);
    assert.equal(detail.statusCode, 200, detail.body);
    assert.deepEqual(
      detail
        .json()
        .members.map((m: { role: string }) => m.role)
        .sort(),
      ["admin", "operator", "owner", "viewer"],
    );
    const missing = await call(t.app, a.platformAdmin, "GET", `/admin/organizations/${crypto.randomUUID()}`);
    assert.equal(missing.statusCode, 404);
    assert.match(missing.headers["content-type"] ?? "", /application\/problem\+json/);
  });

  test("an accredited auditor shows its accreditation queued for the chain until the submitter sends it", async () => {
    const user = await t.db.prisma.user.create({
      data: { email: "bureau@example.test", walletAddress: "0x00000000000000000000000000000000000000c3" },
    });
    const users = await call(t.app, a.platformAdmin, "GET", "/admin/users?q=bureau");
    assert.deepEqual(
      users.json().items.map((u: { id: string }) => u.id),
      [user.id],
    );
    const accredited = await call(t.app, a.platformAdmin, "POST", "/admin/auditors", {
      userId: user.id,
      displayName: "Bureau C",
    });
    assert.equal(accredited.statusCode, 201, accredited.body);
    const list = await call(t.app, a.platformAdmin, "GET", "/admin/auditors");
    const auditor = list.json().items.find((item: { id: string }) => item.id === accredited.json().id);
    assert.deepEqual(auditor.chain, { kind: "accredit_auditor", state: "queued", hash: null, error: null });
    assert.equal(auditor.email, "bureau@example.test");
  });

  test("system status: ready, with the pipeline's figures", async () => {
    const status = await call(t.app, a.platformAdmin, "GET", "/admin/status");
    assert.equal(status.statusCode, 200, status.body);
    assert.equal(status.json().ready, true);
    assert.equal(typeof status.json().pipeline.pendingEvents, "number");
    assert.ok(Array.isArray(status.json().pipeline.relayerBalances));
  });
});

describe("suspension", () => {
  const { t, a } = testAppWithActors();

  test("a suspended organisation's members and keys cannot write; its public pages stay readable", async () => {
    const gtin = uniqueGtin();
    const product = await call(t.app, a.orgB.users.owner, "POST", `/orgs/${a.orgB.id}/products`, {
      gtin,
      name: "Tea",
    });
    assert.equal(product.statusCode, 201, product.body);
    const suspended = await call(t.app, a.platformAdmin, "POST", `/admin/organizations/${a.orgB.id}/suspend`);
    assert.equal(suspended.statusCode, 200, suspended.body);
    const before = await t.db.prisma.product.count();
    const byMember = await call(t.app, a.orgB.users.owner, "POST", `/orgs/${a.orgB.id}/products`, {
      gtin: uniqueGtin(),
      name: "Green tea",
    });
    assert.equal(byMember.statusCode, 403, byMember.body);
    const byKey = await call(
      t.app,
      a.orgB.apiKeys.admin,
      "PATCH",
      `/orgs/${a.orgB.id}/products/${product.json().id}`,
      {
        name: "Black tea",
      },
    );
    assert.equal(byKey.statusCode, 401, byKey.body);
    assert.match(byKey.headers["content-type"] ?? "", /application\/problem\+json/);
    assert.equal(await t.db.prisma.product.count(), before, "nothing written");
    const publicPage = await call(t.app, a.anonymous, "GET", `/public/01/${product.json().gtin}`);
    assert.equal(publicPage.statusCode, 200, publicPage.body);
  });
});
