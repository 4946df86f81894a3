import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createApiKey } from "../../services/auth/apiKeys.ts";
import { createSession, SESSION_COOKIE } from "../../services/auth/sessions.ts";
import { type Credentials, call } from "../../testing/actors.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("organisations, team and API keys", () => {
  const { t, a } = testAppWithActors();

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

  test("metadataUri is a web (http, https) or ipfs link: javascript:, data:, file: and the like are refused", async () => {
    const url = `/orgs/${a.orgA.id}`;
    const hostile = [
      "javascript:alert(document.cookie)",
      "JavaScript://example.test/%0aalert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "ftp://files.example.test/meta.json",
    ];
    for (const metadataUri of hostile) {
      const response = await call(t.app, a.orgA.users.admin, "PATCH", url, { metadataUri });
      assert.equal(response.statusCode, 400, `${metadataUri}: ${response.body}`);
      assert.equal(response.json().errors[0].field, "body.metadataUri", metadataUri);
      assert.match(response.json().detail, /http/);
    }
    assert.equal(
      (await t.db.prisma.organization.findUniqueOrThrow({ where: { id: a.orgA.id } })).metadataUri,
      null,
    );
    for (const metadataUri of [
      "https://org-a.example.test/meta.json",
      "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
      null,
    ]) {
      const response = await call(t.app, a.orgA.users.admin, "PATCH", url, { metadataUri });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().metadataUri, metadataUri);
    }
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

  let members = 0;
  /** A new member of org A with `role`, signed in. */
  async function newMember(role: "admin" | "operator"): Promise<Credentials & { userId: string }> {
    members += 1;
    const user = await t.db.prisma.user.create({ data: { email: `key-maker-${members}@example.test` } });
    await t.db.prisma.membership.create({ data: { userId: user.id, organizationId: a.orgA.id, role } });
    const { token } = await createSession(t.db, user.id);
    return {
      userId: user.id,
      label: `key maker ${members}`,
      headers: { cookie: `${SESSION_COOKIE}=${token}` },
    };
  }
  async function mintKey(by: Credentials, role: "admin" | "operator" | "viewer") {
    const created = await call(t.app, by, "POST", `/orgs/${a.orgA.id}/api-keys`, {
      name: `${role} key`,
      role,
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id, key } = created.json();
    return { id: id as string, label: `${role} key`, headers: { authorization: `Bearer ${key}` } };
  }
  const setRole = async (userId: string, role: "admin" | "operator" | "viewer") =>
    assert.equal(
      (await call(t.app, a.orgA.users.owner, "PUT", `/orgs/${a.orgA.id}/members/${userId}`, { role }))
        .statusCode,
      204,
    );
  /** Status of an admin-only read, an operator-level read and a viewer read, as `who`. */
  const reach = async (who: Credentials) => [
    (await call(t.app, who, "GET", `/orgs/${a.orgA.id}/webhooks`)).statusCode,
    (await call(t.app, who, "GET", `/orgs/${a.orgA.id}/members`)).statusCode,
  ];

  test("a key never exceeds its creator's current role: demoting the creator limits the key at once", async () => {
    const maker = await newMember("admin");
    const key = await mintKey(maker, "admin");
    assert.deepEqual(await reach(key), [200, 200]);
    await setRole(maker.userId, "viewer");
    assert.deepEqual(await reach(key), [403, 200]);
    const minted = await call(t.app, key, "POST", `/orgs/${a.orgA.id}/api-keys`, {
      name: "escape",
      role: "admin",
    });
    assert.equal(minted.statusCode, 403, minted.body);
    assert.equal(minted.headers["content-type"], "application/problem+json; charset=utf-8");
    await setRole(maker.userId, "admin");
    assert.deepEqual(await reach(key), [200, 200]);
  });

  test("a key-minted key answers to the same member: it cannot outlive a demotion", async () => {
    const maker = await newMember("admin");
    const parent = await mintKey(maker, "admin");
    const child = await mintKey(parent, "admin");
    const viewerChild = await mintKey(parent, "viewer");
    await setRole(maker.userId, "operator");
    assert.deepEqual(await reach(child), [403, 200]);
    assert.deepEqual(await reach(parent), [403, 200]);
    assert.equal((await call(t.app, viewerChild, "GET", `/orgs/${a.orgA.id}/webhooks`)).statusCode, 403);
  });

  test("a key cannot create a key above its own role", async () => {
    const maker = await newMember("admin");
    const capped = await mintKey(maker, "admin");
    await setRole(maker.userId, "operator");
    for (const role of ["admin", "operator", "viewer"]) {
      const response = await call(t.app, capped, "POST", `/orgs/${a.orgA.id}/api-keys`, { name: "x", role });
      assert.equal(response.statusCode, 403, `${role}: ${response.body}`);
    }
    await assert.rejects(
      createApiKey(t.db, {
        organizationId: a.orgA.id,
        name: "x",
        role: "admin",
        createdById: maker.userId,
        creatorRole: "operator",
      }),
      { name: "NotAllowedError", message: /above your own \(operator\)/ },
    );
    assert.equal(await t.db.prisma.apiKey.count({ where: { name: "x" } }), 0);
  });

  test("removing a member revokes their keys, and the keys their keys made", async () => {
    const maker = await newMember("admin");
    const key = await mintKey(maker, "operator");
    const parent = await mintKey(maker, "admin");
    const child = await mintKey(parent, "viewer");
    const untouched = await mintKey(a.orgA.users.admin, "viewer");
    assert.equal(
      (await call(t.app, a.orgA.users.owner, "DELETE", `/orgs/${a.orgA.id}/members/${maker.userId}`))
        .statusCode,
      204,
    );
    for (const gone of [key, parent, child])
      assert.equal((await call(t.app, gone, "GET", `/orgs/${a.orgA.id}`)).statusCode, 401, gone.label);
    const listed = (await call(t.app, a.orgA.users.admin, "GET", `/orgs/${a.orgA.id}/api-keys`)).json();
    const revoked = new Map(
      listed.map((k: { id: string; revokedAt: string | null }) => [k.id, k.revokedAt !== null]),
    );
    assert.deepEqual(
      [key, parent, child, untouched].map((k) => revoked.get(k.id)),
      [true, true, true, false],
    );
    assert.equal((await call(t.app, untouched, "GET", `/orgs/${a.orgA.id}`)).statusCode, 200);
    await t.db.prisma.membership.create({
      data: { userId: maker.userId, organizationId: a.orgA.id, role: "admin" },
    });
    assert.equal((await call(t.app, key, "GET", `/orgs/${a.orgA.id}`)).statusCode, 401);
  });
});

describe("platform administration", () => {
  const { t, a } = testAppWithActors();

  test("admitting an organisation activates it and queues its registration on chain in the same transaction", async () => {
    const org = (await call(t.app, a.outsider, "POST", "/orgs", { name: "New Co" })).json();
    assert.equal(
      (await call(t.app, a.orgA.users.owner, "POST", `/admin/organizations/${org.id}/admit`, {})).statusCode,
      403,
    );
    const admitted = await call(t.app, a.platformAdmin, "POST", `/admin/organizations/${org.id}/admit`, {});
    assert.equal(admitted.statusCode, 200);
    assert.equal(admitted.json().status, "active");
    // Its public (registry) id is random: nothing of its internal id.
    assert.match(admitted.json().chainOrgId, /^0x[0-9a-f]{32}$/);
    assert.notEqual(admitted.json().chainOrgId, `0x${org.id.replaceAll("-", "")}`);
    const outbox = await t.db.prisma.outboxItem.findMany({ where: { refId: org.id } });
    assert.deepEqual(
      outbox.map((item) => item.kind),
      ["admit_organisation"],
    );
    const again = await call(t.app, a.platformAdmin, "POST", `/admin/organizations/${org.id}/admit`, {});
    assert.equal(again.statusCode, 409);
  });

  test("an organisation is not admitted with a javascript: metadataUri", async () => {
    const org = (await call(t.app, a.outsider, "POST", "/orgs", { name: "Script Co" })).json();
    const admitted = await call(t.app, a.platformAdmin, "POST", `/admin/organizations/${org.id}/admit`, {
      metadataUri: "javascript:alert(1)",
    });
    assert.equal(admitted.statusCode, 400, admitted.body);
    assert.equal(admitted.json().errors[0].field, "body.metadataUri");
    assert.equal(
      (await t.db.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).status,
      "pending",
    );
    assert.equal(await t.db.prisma.outboxItem.count({ where: { refId: org.id } }), 0);
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
