import type { Role } from "@tracemark/db";
import { roleAtLeast } from "../services/auth/principal.ts";
import { createSession, SESSION_COOKIE } from "../services/auth/sessions.ts";
import { freshUser } from "./accountTenancyCases.ts";
import { type Actors, type Credentials, ROLES } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { testAuditor } from "./masterDataFixtures.ts";
import type { CallerFacts, TenancyCase } from "./tenancyCases.ts";

/** A caller of the tenancy matrix: its credentials and who it is. */
export type Caller = { who: Credentials & { userId?: string }; facts: CallerFacts };

const facts = (over: Partial<CallerFacts>): CallerFacts => ({
  org: undefined,
  atLeast: () => false,
  user: false,
  apiKey: false,
  platformAdmin: false,
  auditor: false,
  ...over,
});

/**
 * Every kind of caller, and who it is: each member and API key of organisations A and B, an outsider,
 * a platform administrator, the test auditor and an anonymous caller.
 *
 * @example
 * for (const caller of callers(a, auditor)) if (mayCall(route, caller.facts)) …
 */
export function callers(a: Actors, auditor: Credentials & { userId: string }): Caller[] {
  const member = (org: "A" | "B", role: Role) =>
    facts({ org, atLeast: (min) => roleAtLeast(role, min), user: true });
  const key = (org: "A" | "B", role: Role) =>
    facts({ org, atLeast: (min) => roleAtLeast(role, min), apiKey: true });
  return [
    ...ROLES.map((role) => ({ who: a.orgA.users[role], facts: member("A", role) })),
    ...(["admin", "operator", "viewer"] as const).map((role) => ({
      who: a.orgA.apiKeys[role],
      facts: key("A", role),
    })),
    ...ROLES.map((role) => ({ who: a.orgB.users[role], facts: member("B", role) })),
    { who: a.orgB.apiKeys.admin, facts: key("B", "admin") },
    { who: a.outsider, facts: facts({ user: true }) },
    { who: a.platformAdmin, facts: facts({ user: true, platformAdmin: true }) },
    { who: auditor, facts: facts({ user: true, auditor: true }) },
    { who: a.anonymous, facts: facts({}) },
  ];
}

/** Whether a caller may make the request: `route.allowed`, else organisation A's role rule. */
export function mayCall(route: TenancyCase, caller: CallerFacts): boolean {
  if (route.allowed) return route.allowed(caller);
  return caller.org === "A" && caller.atLeast(route.minRole) && (caller.user || route.apiKeys);
}

/** The credentials to call with: a new session, or a new user, where the route changes them. */
export async function credentialsFor(t: TestApp, route: TenancyCase, caller: Caller): Promise<Credentials> {
  if (!caller.facts.user || !(route.freshSession || route.freshUser)) return caller.who;
  const userId = route.freshUser ? (await freshUser(t)).id : (caller.who.userId ?? "");
  const { token } = await createSession(t.db, userId);
  return { label: `${caller.who.label} (new session)`, headers: { cookie: `${SESSION_COOKIE}=${token}` } };
}

/** The test auditor (`testAuditor`), signed in. */
export async function signedInTestAuditor(t: TestApp): Promise<Credentials & { userId: string }> {
  const { userId } = await testAuditor(t);
  const { token } = await createSession(t.db, userId);
  return { label: "auditor", userId, headers: { cookie: `${SESSION_COOKIE}=${token}` } };
}
