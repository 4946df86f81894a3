import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Role } from "@tracemark/db";
import { roleAtLeast } from "./services/auth/principal.ts";
import { type Actors, type Credentials, call, createActors, ROLES } from "./testing/actors.ts";
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

describe("tenancy: every organisation route × role × own/other organisation", () => {
  let t: TestApp;
  let a: Actors;
  before(async () => {
    t = await buildTestApp();
    a = await createActors(t);
  });
  after(() => t.close());

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
