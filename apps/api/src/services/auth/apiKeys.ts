import type { Database, Role } from "@tracemark/db";
import { ProblemError } from "../../errors/problem.ts";
import type { Principal } from "./principal.ts";
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
 * A key cannot carry more power than its creator has (no owner keys).
 */
export async function createApiKey(
  db: Database,
  parameters: { organizationId: string; name: string; role: Role; createdById: string | null },
): Promise<ApiKeySummary & { key: string }> {
  if (parameters.role === "owner") {
    throw new ProblemError(
      422,
      "Invalid role",
      "API keys can have the role admin, operator or viewer, not owner.",
    );
  }
  const key = newToken(KEY_PREFIX);
  const created = await db.prisma.apiKey.create({
    data: { ...parameters, prefix: key.slice(0, KEY_PREFIX.length + 6), keyHash: hashToken(key) },
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
  if (count === 0) throw new ProblemError(404, "Not Found", "No such active API key in this organisation.");
}

/** The organisation and role behind a bearer key, if the key is live and its organisation not suspended. */
export async function resolveApiKey(db: Database, key: string): Promise<Principal | undefined> {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const apiKey = await db.prisma.apiKey.findUnique({
    where: { keyHash: hashToken(key) },
    include: { organization: { select: { status: true } } },
  });
  if (!apiKey || apiKey.revokedAt || apiKey.organization.status === "suspended") return undefined;
  // Best effort: a lost update of lastUsedAt must not fail the request.
  db.prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return { kind: "apiKey", apiKeyId: apiKey.id, organizationId: apiKey.organizationId, role: apiKey.role };
}
