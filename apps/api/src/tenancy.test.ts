import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Role } from "@tracemark/db";
import { roleAtLeast } from "./services/auth/principal.ts";
import { processPendingCaptures } from "./services/processPendingCaptures.ts";
import { type Actors, type Credentials, call, createActors, ROLES } from "./testing/actors.ts";
import { bodyReferenceCases, EVENT_TABLES, foreignObjects } from "./testing/bodyReferenceCases.ts";
import { buildTestApp, type TestApp } from "./testing/buildTestApp.ts";
import { tenancyCases } from "./testing/tenancyCases.ts";

type Caller = { who: Credentials; allowed: (minRole: Role, apiKeys: boolean) => boolean };

/** Every kind of caller, and whether it may act on organisation A at a given least role. */
function callers(a: Actors): Caller[] {
  return [
    ...ROLES.map((role) => ({ who: a.orgA.users[role], allowed: (min: Role) => roleAtLeast(role, min) })),
    ...(["admin", "operator", "viewer"] as const).map((role) => ({
      who: a.orgA.apiKeys[role],
      allowed: (min: Role, apiKeys: boolean) => apiKeys && roleAtLeast(role, min),
    })),
    ...ROLES.map((role) => ({ who: a.orgB.users[role], allowed: () => false })),
    { who: a.orgB.apiKeys.admin, allowed: () => false },
    { who: a.outsider, allowed: () => false },
    { who: a.platformAdmin, allowed: () => false },
    { who: a.anonymous, allowed: () => false },
  ];
}

/** One app and one set of actors for the whole file. */
const shared = buildTestApp().then(async (t) => ({ t, a: await createActors(t) }));
after(async () => (await shared).t.close());

describe("tenancy: every organisation route × role × own/other organisation", () => {
  let t: TestApp;
  let a: Actors;
  before(async () => {
    ({ t, a } = await shared);
  });

  for (const route of tenancyCases) {
    test(route.name, async () => {
      for (const caller of callers(a)) {
        const request = await route.setup(t, a);
        const delegate = route.table
          ? (t.db.prisma as unknown as Record<string, { count: () => Promise<number> }>)[route.table]
          : undefined;
        const before = await delegate?.count();
        const response = await call(t.app, caller.who, request.method, request.url, request.body);
        const label = `${route.name} as ${caller.who.label}`;
        if (caller.allowed(route.minRole, route.apiKeys)) {
          assert.equal(response.statusCode, route.okStatus, `${label}: ${response.body}`);
        } else {
          assert.ok(
            [401, 403, 404].includes(response.statusCode),
            `${label} must be refused, got ${response.statusCode}: ${response.body}`,
          );
          assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/, label);
          if (delegate) assert.equal(await delegate.count(), before, `${label} wrote nothing`);
        }
      }
    });
  }
});

describe("tenancy inside bodies: organisation A's requests naming organisation B's objects", () => {
  let t: TestApp;
  let a: Actors;
  before(async () => {
    ({ t, a } = await shared);
  });

  /** Row counts of every table a refused request might have written. */
  const counts = async () => {
    const delegates = t.db.prisma as unknown as Record<string, { count: () => Promise<number> }>;
    const tables = [...EVENT_TABLES, "recall", "auditRequest", "lot", "product", "location", "document"];
    return Object.fromEntries(
      await Promise.all(tables.map(async (table) => [table, await delegates[table]?.count()] as const)),
    );
  };

  for (const route of bodyReferenceCases) {
    test(route.name, async () => {
      const b = await foreignObjects(t, a);
      const { names, ...request } = await route.setup(t, a, b);
      await processPendingCaptures(t.context); // what earlier tests left, so that only this request counts
      const before = await counts();
      const response = await call(t.app, a.orgA.users.admin, request.method, request.url, request.body);
      assert.ok(
        route.status.includes(response.statusCode),
        `${route.name}: ${response.statusCode} ${response.body}`,
      );
      if (route.capture) {
        await processPendingCaptures(t.context);
        const capture = await t.db.prisma.capture.findUniqueOrThrow({
          where: { id: response.json().captureId },
        });
        assert.equal(capture.status, "failed", route.name);
        assert.ok(
          JSON.stringify(capture.errors).includes(names),
          `${route.name}: ${JSON.stringify(capture.errors)}`,
        );
      } else {
        assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/, route.name);
        assert.ok(response.body.includes(names), `${route.name} names ${names}: ${response.body}`);
      }
      assert.deepEqual(await counts(), before, `${route.name} wrote nothing`);
    });
  }
});
