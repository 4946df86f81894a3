import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Actors, call, createActors } from "../../testing/actors.ts";
import { buildTestApp, type TestApp } from "../../testing/buildTestApp.ts";

describe("organisations, team and API keys", () => {
  let t: TestApp;
  let a: Actors;
  before(async () => {
    t = await buildTestApp();
    a = await createActors(t);
  });
  after(() => t.close());

  test("a user creates an organisation: owner of it, pending until admitted", async () => {
    const created = await call(t.app, a.outsider, "POST", "/orgs", {
      name: "Sunny Orchards",
      gln: "9506000134352",
    });
    assert.equal(created.statusCode, 201);
    assert.equal(created.json().status, "pending");
    const mine = (await call(t.app, a.outsider, "GET", "/orgs")).json();
    assert.deepEqual(
      mine.map((o: { name: string; role: string }) => [o.name, o.role]),
      [["Sunny Orchards", "owner"]],
    );
  });

  test("a GLN with a wrong check digit is a 422 naming the field", async () => {
    const response = await call(t.app, a.outsider, "POST", "/orgs", {
      name: "Bad GLN",
      gln: "9506000134353",
    });
    assert.equal(response.statusCode, 422);
    assert.equal(response.json().errors[0].field, "body.gln");
    assert.match(response.json().detail, /check digit/);
  });

  test("an API key cannot create organisations or see /orgs", async () => {
    assert.equal(
      (await call(t.app, a.orgA.apiKeys.admin, "POST", "/orgs", { name: "Key org" })).statusCode,
      403,
    );
  });

  test("owners keep control: admins cannot touch owners, and the last owner cannot leave", async () => {
    const { orgA } = a;
    const url = `/orgs/${orgA.id}/members/${orgA.users.owner.userId}`;
    assert.equal((await call(t.app, orgA.users.admin, "PUT", url, { role: "viewer" })).statusCode, 403);
    const lastOwner = await call(t.app, orgA.users.owner, "PUT", url, { role: "admin" });
    assert.equal(lastOwner.statusCode, 409);
    const promote = await call(
      t.app,
      orgA.users.admin,
      "PUT",
      `/orgs/${orgA.id}/members/${orgA.users.viewer.userId}`,
      {
        role: "owner",
      },
    );
    assert.equal(promote.statusCode, 403);
  });

  test("an admin changes a member's role, and the member's access follows at once", async () => {
    const { orgB } = a;
    const memberUrl = `/orgs/${orgB.id}/members/${orgB.users.viewer.userId}`;
    assert.equal((await call(t.app, orgB.users.viewer, "GET", `/orgs/${orgB.id}/api-keys`)).statusCode, 403);
    assert.equal((await call(t.app, orgB.users.admin, "PUT", memberUrl, { role: "admin" })).statusCode, 204);
    assert.equal((await call(t.app, orgB.users.viewer, "GET", `/orgs/${orgB.id}/api-keys`)).statusCode, 200);
    assert.equal((await call(t.app, orgB.users.admin, "PUT", memberUrl, { role: "viewer" })).statusCode, 204);
  });

  test("an invitation by wallet is accepted by the user who linked that wallet", async () => {
    const { orgA } = a;
    const wallet = "0x00000000000000000000000000000000000000a1";
    const invite = await call(t.app, orgA.users.admin, "POST", `/orgs/${orgA.id}/invitations`, {
      walletAddress: wallet,
      role: "operator",
    });
    assert.equal(invite.statusCode, 201);
    const tooHigh = await call(t.app, orgA.users.admin, "POST", `/orgs/${orgA.id}/invitations`, {
      walletAddress: wallet,
      role: "owner",
    });
    assert.equal(tooHigh.statusCode, 403);

    await t.db.prisma.user.update({ where: { id: a.outsider.userId }, data: { walletAddress: wallet } });
    const open = (await call(t.app, a.outsider, "GET", "/invitations")).json();
    assert.deepEqual(
      open.map((i: { id: string }) => i.id),
      [invite.json().id],
    );
    const accepted = await call(t.app, a.outsider, "POST", `/invitations/${invite.json().id}/accept`);
    assert.deepEqual(accepted.json(), { organizationId: orgA.id, role: "operator" });
    assert.equal((await call(t.app, a.outsider, "GET", `/orgs/${orgA.id}`)).statusCode, 200);
    const twice = await call(t.app, a.outsider, "POST", `/invitations/${invite.json().id}/accept`);
    assert.equal(twice.statusCode, 404);
  });

  test("API keys: created once with their secret, listed without it, revoked for good", async () => {
    const { orgA } = a;
    const created = await call(t.app, orgA.users.admin, "POST", `/orgs/${orgA.id}/api-keys`, {
      name: "ERP",
      role: "operator",
    });
    assert.equal(created.statusCode, 201);
    const { key, id } = created.json();
    assert.match(key, /^tm_key_/);
    const asKey = { label: "new key", headers: { authorization: `Bearer ${key}` } };
    assert.equal((await call(t.app, asKey, "GET", `/orgs/${orgA.id}`)).statusCode, 200);

    const listed = (await call(t.app, orgA.users.admin, "GET", `/orgs/${orgA.id}/api-keys`)).json();
    const entry = listed.find((k: { id: string }) => k.id === id);
    assert.equal(entry.key, undefined);
    assert.equal(key.startsWith(entry.prefix), true);
    assert.ok(entry.lastUsedAt);

    assert.equal(
      (await call(t.app, orgA.users.admin, "DELETE", `/orgs/${orgA.id}/api-keys/${id}`)).statusCode,
      204,
    );
    const revoked = await call(t.app, asKey, "GET", `/orgs/${orgA.id}`);
    assert.equal(revoked.statusCode, 401);
    assert.equal(
      (await call(t.app, orgA.users.admin, "POST", `/orgs/${orgA.id}/api-keys`, { name: "x", role: "owner" }))
        .statusCode,
      400,
    );
  });
});

describe("platform administration", () => {
  let t: TestApp;
  let a: Actors;
  before(async () => {
    t = await buildTestApp();
    a = await createActors(t);
  });
  after(() => t.close());

  test("admitting an organisation activates it and queues its registration on chain in the same transaction", async () => {
    const org = (await call(t.app, a.outsider, "POST", "/orgs", { name: "New Co" })).json();
    assert.equal(
      (await call(t.app, a.orgA.users.owner, "POST", `/admin/organizations/${org.id}/admit`, {})).statusCode,
      403,
    );
    const admitted = await call(t.app, a.platformAdmin, "POST", `/admin/organizations/${org.id}/admit`, {});
    assert.equal(admitted.statusCode, 200);
    assert.equal(admitted.json().status, "active");
    assert.equal(admitted.json().chainOrgId, `0x${org.id.replaceAll("-", "")}`);
    const outbox = await t.db.prisma.outboxItem.findMany({ where: { refId: org.id } });
    assert.deepEqual(
      outbox.map((item) => item.kind),
      ["admit_organisation"],
    );
    const again = await call(t.app, a.platformAdmin, "POST", `/admin/organizations/${org.id}/admit`, {});
    assert.equal(again.statusCode, 409);
  });

  test("a suspended organisation's members and keys lose access until it is reinstated", async () => {
    const { orgB } = a;
    assert.equal(
      (await call(t.app, a.platformAdmin, "POST", `/admin/organizations/${orgB.id}/suspend`)).statusCode,
      200,
    );
    assert.equal((await call(t.app, orgB.users.owner, "GET", `/orgs/${orgB.id}`)).statusCode, 403);
    assert.equal((await call(t.app, orgB.apiKeys.viewer, "GET", `/orgs/${orgB.id}`)).statusCode, 401);
    assert.equal(
      (await call(t.app, a.platformAdmin, "POST", `/admin/organizations/${orgB.id}/reinstate`)).statusCode,
      200,
    );
    assert.equal((await call(t.app, orgB.users.owner, "GET", `/orgs/${orgB.id}`)).statusCode, 200);
  });

  test("auditors are accredited only with a wallet, and can be withdrawn", async () => {
    const noWallet = await call(t.app, a.platformAdmin, "POST", "/admin/auditors", {
      userId: a.outsider.userId,
      displayName: "A",
    });
    assert.equal(noWallet.statusCode, 422);
    await t.db.prisma.user.update({
      where: { id: a.outsider.userId },
      data: { walletAddress: "0x00000000000000000000000000000000000000b2" },
    });
    const accredited = await call(t.app, a.platformAdmin, "POST", "/admin/auditors", {
      userId: a.outsider.userId,
      displayName: "Bureau B",
    });
    assert.equal(accredited.statusCode, 201);
    const auditorId = accredited.json().id;
    const me = (await call(t.app, a.outsider, "GET", "/auth/me")).json();
    assert.deepEqual(me.auditor, { id: auditorId, displayName: "Bureau B", accredited: true });
    assert.equal(
      (await call(t.app, a.platformAdmin, "DELETE", `/admin/auditors/${auditorId}`)).statusCode,
      204,
    );
    assert.equal(
      (await call(t.app, a.platformAdmin, "DELETE", `/admin/auditors/${auditorId}`)).statusCode,
      404,
    );
    const kinds = (
      await t.db.prisma.outboxItem.findMany({ where: { refId: auditorId }, orderBy: { id: "asc" } })
    ).map((i) => i.kind);
    assert.deepEqual(kinds, ["accredit_auditor", "deaccredit_auditor"]);
  });
});
