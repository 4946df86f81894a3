import type { Role } from "@tracemark/db";
import type { FastifyInstance } from "fastify";
import { createApiKey } from "../services/auth/apiKeys.ts";
import { hashPassword } from "../services/auth/passwords.ts";
import { createSession, SESSION_COOKIE } from "../services/auth/sessions.ts";
import { admitOrganization } from "../services/orgs/platform.ts";
import type { TestApp } from "./buildTestApp.ts";

export const ROLES: Role[] = ["owner", "admin", "operator", "viewer"];
export const TEST_PASSWORD = "correct horse battery staple";

/** Request headers that authenticate as someone: a session cookie or an API key. */
export type Credentials = { headers: Record<string, string>; label: string };

export type OrgFixture = {
  id: string;
  /** A signed-in member per role. */
  users: Record<Role, Credentials & { userId: string }>;
  /** An API key per role (no owner keys exist). */
  apiKeys: Record<Exclude<Role, "owner">, Credentials>;
};

export type Actors = {
  orgA: OrgFixture;
  orgB: OrgFixture;
  /** Signed in, member of nothing. */
  outsider: Credentials & { userId: string };
  platformAdmin: Credentials & { userId: string };
  anonymous: Credentials;
};

let counter = 0;

/** A signed-in user (a session cookie), of no organisation yet. */

export async function createUser(testApp: TestApp, label: string, extra: { isPlatformAdmin?: boolean } = {}) {
  counter += 1;
  const user = await testApp.db.prisma.user.create({
    data: {
      email: `${label.replaceAll(/\W+/g, "-")}-${counter}@example.test`,
      name: label,
      passwordHash: await hashPassword(TEST_PASSWORD),
      isPlatformAdmin: extra.isPlatformAdmin ?? false,
      emailVerifiedAt: new Date(),
    },
  });
  const { token } = await createSession(testApp.db, user.id);
  return { userId: user.id, label, headers: { cookie: `${SESSION_COOKIE}=${token}` } };
}

async function createOrg(testApp: TestApp, name: string): Promise<OrgFixture> {
  const org = await testApp.db.prisma.organization.create({ data: { name } });
  await admitOrganization(testApp.db, { organizationId: org.id });
  const users = {} as OrgFixture["users"];
  for (const role of ROLES) {
    const user = await createUser(testApp, `${name} ${role}`);
    await testApp.db.prisma.membership.create({
      data: { userId: user.userId, organizationId: org.id, role },
    });
    users[role] = user;
  }
  const apiKeys = {} as OrgFixture["apiKeys"];
  for (const role of ["admin", "operator", "viewer"] as const) {
    const { key } = await createApiKey(testApp.db, {
      organizationId: org.id,
      name: `${role} key`,
      role,
      createdById: null,
      creatorRole: "admin",
    });
    apiKeys[role] = { label: `${name} ${role} API key`, headers: { authorization: `Bearer ${key}` } };
  }
  return { id: org.id, users, apiKeys };
}

/** Two admitted organisations with a member and an API key per role, an outsider and a platform admin. */
export async function createActors(testApp: TestApp): Promise<Actors> {
  return {
    orgA: await createOrg(testApp, "Org A"),
    orgB: await createOrg(testApp, "Org B"),
    outsider: await createUser(testApp, "outsider"),
    platformAdmin: await createUser(testApp, "platform admin", { isPlatformAdmin: true }),
    anonymous: { label: "anonymous", headers: {} },
  };
}

/** `app.inject` as someone, with a JSON body. */
export function call(
  app: FastifyInstance,
  who: Credentials,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS",
  url: string,
  body?: unknown,
) {
  return app.inject({
    method,
    url,
    headers: who.headers,
    ...(body === undefined ? {} : { payload: body as object }),
  });
}
