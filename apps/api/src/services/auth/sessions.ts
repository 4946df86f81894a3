import type { Database } from "@tracemark/db";
import type { Principal } from "./principal.ts";
import { hashToken, newToken } from "./tokens.ts";

export const SESSION_COOKIE = "tm_session";
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** Opens a session for a user; returns the token for the httpOnly cookie (stored only hashed). */
export async function createSession(
  db: Database,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken("tm_sess_");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.prisma.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The signed-in user behind a session token, if the session is live. */
export async function resolveSession(db: Database, token: string): Promise<Principal | undefined> {
  const session = await db.prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      user: { include: { memberships: { include: { organization: { select: { status: true } } } } } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return undefined;
  const { user } = session;
  return {
    kind: "user",
    userId: user.id,
    sessionId: session.id,
    isPlatformAdmin: user.isPlatformAdmin,
    walletAddress: user.walletAddress,
    roles: new Map(
      user.memberships
        .filter((membership) => membership.organization.status !== "suspended")
        .map((membership) => [membership.organizationId, membership.role]),
    ),
  };
}

export async function revokeSession(db: Database, sessionId: string): Promise<void> {
  await db.prisma.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
