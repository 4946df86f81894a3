import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createSession, SESSION_COOKIE } from "../services/auth/sessions.ts";
import { hashToken } from "../services/auth/tokens.ts";
import { freshUser } from "../testing/accountTenancyCases.ts";
import { type Credentials, call } from "../testing/actors.ts";
import type { TestApp } from "../testing/buildTestApp.ts";
import { uniqueGtin } from "../testing/captureFixtures.ts";
import { finishedImport } from "../testing/importFixtures.ts";
import { testAuditor } from "../testing/masterDataFixtures.ts";
import { parseCsv } from "../testing/parseCsv.ts";
import { testAppWithActors } from "../testing/suite.ts";
import { tenancyCases } from "../testing/tenancyCases.ts";

/**
 * Write routes that write none of the audited tables (master data, members, invitations, API keys, webhooks,
 * organisations and their settings, auditors), and why. Every other write route must leave a record.
 */
const NOT_AUDITED: Record<string, string> = {
  "POST /auth/signup": "creates the caller's own account (users are not an audited table)",
  "POST /public/01/:gtin/10/:lot/scans":
    "counts a view of a consumer page, anonymously by design: a number per lot and day, no caller to name",
  "POST /auth/login": "opens a session",
  "POST /auth/siwe": "opens a session with a wallet",
  "POST /auth/logout": "ends the caller's own session",
  "POST /auth/password": "the caller's own password (sessions and users are not audited tables)",
  "POST /auth/wallet": "links the caller's own wallet",
  "POST /auth/verify-email": "verifies the email of the link's own account (users are not an audited table)",
  "POST /auth/verify-email/resend":
    "mails the caller's own verification link (the mail outbox is not audited)",
  "POST /auth/password-reset":
    "mails a reset link, to whoever owns the email (the mail outbox is not audited)",
  "POST /auth/password-reset/confirm": "the link's own account's password (users are not an audited table)",
  "POST /invitations/preview": "reads what an invitation offers",
  "POST /events": "an event: the record of the supply chain itself, anchored on chain",
  "POST /capture": "an EPCIS capture job: events, recorded on chain",
  "POST /orgs/:orgId/events": "an event, recorded on chain",
  "POST /orgs/:orgId/events/:eventId/corrections": "a corrective event, recorded on chain",
  "PUT /orgs/:orgId/events/:eventId/visibility":
    "an event's visibility, kept in its own history (event_visibility_changes)",
  "POST /orgs/:orgId/capture": "an EPCIS capture job: events, recorded on chain",
  "POST /orgs/:orgId/documents": "a document of events, hashed and anchored with them",
  "POST /orgs/:orgId/transfers/:transferId/receive": "a custody transfer: events, recorded on chain",
  "POST /orgs/:orgId/lots/:lotId/serials": "serial items of a lot",
  "POST /orgs/:orgId/recalls/:recallId/lift": "a recall, recorded on chain",
  "POST /orgs/:orgId/audit-requests": "a request to an auditor, not the organisation's settings",
  "POST /orgs/:orgId/webhooks/:webhookId/test":
    "a test delivery: the webhook's delivery log keeps it, the webhook's settings are unchanged",
  "POST /orgs/:orgId/webhooks/:webhookId/deliveries/:deliveryId/redeliver":
    "a delivery sent again: the webhook's delivery log keeps it, the webhook's settings are unchanged",
  "POST /attestations": "an auditor's attestation, recorded on chain",
  "DELETE /attestations/:attestationId": "an attestation's revocation, recorded on chain",
  "POST /queries": "a named EPCIS query (a read)",
  "DELETE /queries/:queryName": "a named EPCIS query (a read)",
  "POST /queries/:queryName/subscriptions": "a subscription to a query's results",
  "DELETE /queries/:queryName/subscriptions/:subscriptionID": "a subscription to a query's results",
};

describe("audit trail", () => {
  const { t, a } = testAppWithActors();

  const latest = () => t.db.prisma.auditRecord.findFirst({ orderBy: { id: "desc" } });

  test("a product edit is recorded: who, from where, each field before and after", async () => {
    const created = await call(t.app, a.orgA.users.operator, "POST", `/orgs/${a.orgA.id}/products`, {
      gtin: uniqueGtin(),
      name: "Olive oil",
      category: "oils",
    });
    assert.equal(created.statusCode, 201, created.body);
    const edited = await t.app.inject({
      method: "PATCH",
      url: `/orgs/${a.orgA.id}/products/${created.json().id}`,
      headers: { ...a.orgA.users.admin.headers, "user-agent": "audit-test/1.0" },
      payload: { name: "Extra virgin olive oil", category: "oils" },
    });
    assert.equal(edited.statusCode, 200, edited.body);
    const record = await latest();
    assert.equal(record?.entity, "products");
    assert.equal(record?.entityId, created.json().id);
    assert.equal(record?.action, "update");
    assert.equal(record?.organizationId, a.orgA.id);
    assert.equal(record?.actorUserId, a.orgA.users.admin.userId);
    assert.equal(record?.actorApiKeyId, null);
    assert.equal(record?.ip, "127.0.0.1");
    assert.equal(record?.userAgent, "audit-test/1.0");
    assert.deepEqual(record?.changes, { name: { from: "Olive oil", to: "Extra virgin olive oil" } });
  });

  test("a write by an API key names the key; a refused write leaves no record", async () => {
    const before = await t.db.prisma.auditRecord.count();
    const refused = await call(t.app, a.orgA.apiKeys.operator, "POST", `/orgs/${a.orgA.id}/products`, {
      gtin: "9506000134353",
      name: "wrong check digit",
    });
    assert.equal(refused.statusCode, 422);
    assert.equal(await t.db.prisma.auditRecord.count(), before, "no record without its write");
    const created = await call(t.app, a.orgA.apiKeys.operator, "POST", `/orgs/${a.orgA.id}/locations`, {
      name: "Packing house",
    });
    assert.equal(created.statusCode, 201, created.body);
    const record = await latest();
    assert.equal(record?.entity, "locations");
    assert.equal(record?.action, "create");
    assert.equal(record?.actorUserId, null);
    assert.ok(record?.actorApiKeyId, "the key is named");
    assert.deepEqual((record?.changes as Record<string, unknown> | undefined)?.name, {
      from: null,
      to: "Packing house",
    });
  });

  test("secrets are never recorded: an API key's hash and a webhook's secret show only as changed", async () => {
    const key = await call(t.app, a.orgA.users.admin, "POST", `/orgs/${a.orgA.id}/api-keys`, {
      name: "ERP",
      role: "operator",
    });
    assert.equal(key.statusCode, 201, key.body);
    const keyRecord = await latest();
    assert.equal(keyRecord?.entity, "api_keys");
    assert.deepEqual((keyRecord?.changes as Record<string, unknown> | undefined)?.keyHash, {
      from: null,
      to: "[secret]",
    });
    assert.ok(!JSON.stringify(keyRecord?.changes).includes(key.json().key.slice(8)), "not the key");
    const hook = await call(t.app, a.orgA.users.admin, "POST", `/orgs/${a.orgA.id}/webhooks`, {
      url: "https://hooks.example.test/tracemark",
      events: ["anchored"],
    });
    assert.equal(hook.statusCode, 201, hook.body);
    const hookRecord = await latest();
    const stored = await t.db.prisma.webhook.findUniqueOrThrow({ where: { id: hook.json().id } });
    assert.equal(hookRecord?.entity, "webhooks");
    assert.deepEqual((hookRecord?.changes as Record<string, unknown> | undefined)?.secret, {
      from: null,
      to: "[secret]",
    });
    assert.ok(!JSON.stringify(hookRecord?.changes).includes(stored.secret), "not the secret");
  });

  test("owners read their organisation's trail only; other members and other organisations are refused", async () => {
    await call(t.app, a.orgB.users.admin, "PATCH", `/orgs/${a.orgB.id}`, {
      metadataUri: "https://b.example.test",
    });
    const own = await call(t.app, a.orgA.users.owner, "GET", `/orgs/${a.orgA.id}/audit-trail?limit=200`);
    assert.equal(own.statusCode, 200, own.body);
    const items = own.json().items as { organizationId: string; actor: { name: string } }[];
    assert.ok(items.length > 0);
    assert.ok(
      items.every((item) => item.organizationId === a.orgA.id),
      "only A's records",
    );
    for (const who of [a.orgA.users.admin, a.orgB.users.owner, a.orgA.apiKeys.admin, a.outsider]) {
      const refused = await call(t.app, who, "GET", `/orgs/${a.orgA.id}/audit-trail`);
      assert.equal(refused.statusCode, 403, `${who.label}: ${refused.body}`);
      const csv = await call(t.app, who, "GET", `/orgs/${a.orgA.id}/audit-trail.csv`);
      assert.equal(csv.statusCode, 403, `${who.label}: ${csv.body}`);
    }
    const admin = await call(t.app, a.platformAdmin, "GET", `/admin/audit-trail?organizationId=${a.orgB.id}`);
    assert.equal(admin.statusCode, 200, admin.body);
    assert.ok(admin.json().items.some((item: { entity: string }) => item.entity === "organizations"));
    assert.equal((await call(t.app, a.orgA.users.owner, "GET", "/admin/audit-trail")).statusCode, 403);
  });

  test("filters and pages: by entity and action, a page at a time, with a cursor that cannot be forged", async () => {
    const firstPage = await call(
      t.app,
      a.orgA.users.owner,
      "GET",
      `/orgs/${a.orgA.id}/audit-trail?entity=products&action=update&limit=1`,
    );
    assert.equal(firstPage.statusCode, 200, firstPage.body);
    assert.equal(firstPage.json().items.length, 1);
    assert.equal(firstPage.json().items[0].entity, "products");
    const bad = await call(t.app, a.orgA.users.owner, "GET", `/orgs/${a.orgA.id}/audit-trail?cursor=abc`);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.headers["content-type"] ?? "", /application\/problem\+json/);
    assert.match(bad.body, /cursor/);
    const all = await call(t.app, a.orgA.users.owner, "GET", `/orgs/${a.orgA.id}/audit-trail?limit=200`);
    const second = await call(
      t.app,
      a.orgA.users.owner,
      "GET",
      `/orgs/${a.orgA.id}/audit-trail?limit=2&cursor=${all.json().items[1].id}`,
    );
    assert.deepEqual(
      second.json().items.map((item: { id: string }) => item.id),
      all
        .json()
        .items.slice(2, 4)
        .map((item: { id: string }) => item.id),
    );
  });

  test("the CSV export has a header and one row per changed field", async () => {
    const csv = await call(
      t.app,
      a.orgA.users.owner,
      "GET",
      `/orgs/${a.orgA.id}/audit-trail.csv?entity=products`,
    );
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(csv.headers["content-type"] ?? "", /text\/csv/);
    assert.match(csv.headers["content-disposition"] ?? "", /attachment/);
    const rows = parseCsv(csv.body);
    assert.deepEqual(rows[0]?.slice(0, 3), ["id", "at", "organization"]);
    const rename = rows.find((row) => row[10] === "name" && row[9] === "update");
    assert.deepEqual(rename?.slice(11), ['"Olive oil"', '"Extra virgin olive oil"']);
    assert.equal(
      rename?.[4],
      (await t.db.prisma.user.findUniqueOrThrow({ where: { id: a.orgA.users.admin.userId } })).email,
    );
  });

  test("every write route of the OpenAPI document leaves an audit record naming its caller, or says why not", async () => {
    await t.app.ready();
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const writes = Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ["post", "put", "patch", "delete"].includes(method))
        .map((method) => `${method.toUpperCase()} ${path.replaceAll(/\{(\w+)\}/g, ":$1")}`),
    );
    const { userId: auditorUserId } = await testAuditor(t);
    const auditor = await session(t, auditorUserId, "auditor");
    const unrecorded: string[] = [];
    for (const name of writes.filter((route) => !(route in NOT_AUDITED))) {
      const route = tenancyCases.find((c) => c.name === name);
      assert.ok(route, `${name} has a tenancy case`);
      const request = await route.setup(t, a);
      const caller = route.freshUser
        ? await session(t, (await freshUser(t)).id, "a new user")
        : name === "POST /invitations/:invitationId/accept"
          ? await invitee(request.url)
          : name === "POST /invitations/accept"
            ? await emailInvitee(request.body as { token: string })
            : ((await callerFor(route.allowed, auditor)) ?? a.orgA.users.owner);
      const before = (await latest())?.id ?? 0n;
      const response = await call(t.app, caller, request.method, request.url, request.body);
      assert.equal(response.statusCode, route.okStatus, `${name}: ${response.body}`);
      // An import writes its rows in a job after the answer, still as its caller.
      if (name === "POST /orgs/:orgId/imports")
        assert.equal((await finishedImport(t.db, JSON.parse(response.body).id)).phase, "succeeded");
      const records = await t.db.prisma.auditRecord.findMany({ where: { id: { gt: before } } });
      if (!records.some((record) => record.actorUserId === caller.userId)) unrecorded.push(name);
    }
    assert.deepEqual(unrecorded, [], "write routes without an audit record of their caller");
    assert.deepEqual(
      Object.keys(NOT_AUDITED).filter((name) => !writes.includes(name)),
      [],
      "exemptions of routes that no longer exist",
    );
  });

  /** A new user holding the wallet an invitation is addressed to (the case's invitation is nobody's). */
  async function invitee(url: string) {
    const id = url.split("/")[2] ?? "";
    const { walletAddress } = await t.db.prisma.invitation.findUniqueOrThrow({ where: { id } });
    return session(t, (await freshUser(t, { walletAddress: walletAddress ?? undefined })).id, "the invitee");
  }

  /** A new user whose verified email is the one an invitation's mailed link was sent to. */
  async function emailInvitee({ token }: { token: string }) {
    const { email } = await t.db.prisma.invitation.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
    });
    return session(t, (await freshUser(t, { email: email ?? undefined })).id, "the invitee");
  }

  /** The caller a route allows: the platform administrator, the auditor or any user; none for A's own routes. */
  async function callerFor(
    allowed:
      | ((caller: Parameters<NonNullable<(typeof tenancyCases)[number]["allowed"]>>[0]) => boolean)
      | undefined,
    auditor: Credentials & { userId: string },
  ) {
    if (!allowed) return undefined;
    const facts = { org: undefined, atLeast: () => false, user: true, apiKey: false, auditor: false };
    if (allowed({ ...facts, platformAdmin: true }) && !allowed({ ...facts, platformAdmin: false }))
      return a.platformAdmin;
    if (
      allowed({ ...facts, platformAdmin: false, auditor: true }) &&
      !allowed({ ...facts, platformAdmin: false })
    )
      return auditor;
    if (allowed({ ...facts, org: "A", atLeast: () => true, platformAdmin: false })) return a.orgA.users.owner;
    return session(t, (await freshUser(t)).id, "a new user");
  }
});

async function session(t: TestApp, userId: string, label: string) {
  const { token } = await createSession(t.db, userId);
  return { label, userId, headers: { cookie: `${SESSION_COOKIE}=${token}` } };
}
