import type { Database, Role } from "@tracemark/db";
import { InvalidInputError, NotAllowedError, NotFoundError } from "../../errors/domain.ts";
import { lowerRole, type Principal, roleAtLeast } from "./principal.ts";
import { hashToken, newToken } from "./tokens.ts";

const KEY_PREFIX = "tm_key_";

export type ApiKeySummary = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const summary = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/**
 * Creates an API key for an organisation. The secret is returned once, here; only its hash is kept.
 * A key cannot carry more power than its creator has: no owner keys, nothing above `creatorRole` (the
 * creating member's or key's current role). `createdById` is the member the key answers to: its role caps
 * the key at every use, and removing them revokes it (a key made by a key answers to that key's member).
 *
 * @example
 * await createApiKey(db, { organizationId, name: "ERP", role: "operator", createdById: userId, creatorRole: "admin" });
 */
export async function createApiKey(
  db: Database,
  parameters: {
    organizationId: string;
    name: string;
    role: Role;
    createdById: string | null;
    creatorRole: Role;
  },
): Promise<ApiKeySummary & { key: string }> {
  const { creatorRole, ...data } = parameters;
  if (data.role === "owner") {
    throw new InvalidInputError("API keys can have the role admin, operator or viewer, not owner.", {
      title: "Invalid role",
    });
  }
  if (!roleAtLeast(creatorRole, data.role)) {
    throw new NotAllowedError(
      `You cannot create a key with the role ${data.role}, above your own (${creatorRole}).`,
    );
  }
  const key = newToken(KEY_PREFIX);
  const created = await db.prisma.apiKey.create({
    data: { ...data, prefix: key.slice(0, KEY_PREFIX.length + 6), keyHash: hashToken(key) },
    select: summary,
  });
  return { ...created, key };
}

export function listApiKeys(db: Database, organizationId: string): Promise<ApiKeySummary[]> {
  return db.prisma.apiKey.findMany({
    where: { organizationId },
    select: summary,
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiKey(db: Database, organizationId: string, id: string): Promise<void> {
  const { count } = await db.prisma.apiKey.updateMany({
    where: { id, organizationId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("No such active API key in this organisation.");
}

/** Revokes every live key of `organizationId` that answers to `userId` (in the caller's transaction). */
export async function revokeMemberApiKeys(
  tx: Pick<Database["prisma"], "apiKey">,
  parameters: { organizationId: string; userId: string },
): Promise<number> {
  const { count } = await tx.apiKey.updateMany({
    where: { organizationId: parameters.organizationId, createdById: parameters.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/**
 * The organisation and role behind a bearer key, if the key is live, its organisation not suspended and
 * the member it answers to still a member; its role is capped at that member's current role.
 */
export async function resolveApiKey(db: Database, key: string): Promise<Principal | undefined> {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const apiKey = await db.prisma.apiKey.findUnique({
    where: { keyHash: hashToken(key) },
    include: { organization: { select: { status: true } } },
  });
  if (!apiKey || apiKey.revokedAt || apiKey.organization.status === "suspended") return undefined;
  let role = apiKey.role;
  if (apiKey.createdById) {
    const creator = await db.prisma.membership.findUnique({
      where: { userId_organizationId: { userId: apiKey.createdById, organizationId: apiKey.organizationId } },
      select: { role: true },
    });
    if (!creator) return undefined;
    role = lowerRole(role, creator.role);
  }
  // Best effort: a lost update of lastUsedAt must not fail the request.
  db.prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return {
    kind: "apiKey",
    apiKeyId: apiKey.id,
    organizationId: apiKey.organizationId,
    role,
    createdById: apiKey.createdById,
  };
}
