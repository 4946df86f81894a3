import type { Database } from "@tracemark/db";
import { ProblemError } from "../../errors/problem.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";

export type UserProfile = {
  id: string;
  email: string | null;
  name: string | null;
  walletAddress: string | null;
  isPlatformAdmin: boolean;
};

const profile = { id: true, email: true, name: true, walletAddress: true, isPlatformAdmin: true } as const;

/**
 * Creates an account for an email no account has; for an email that has one, does nothing, the
 * same way (the same work, one `INSERT … ON CONFLICT DO NOTHING`), so that the answer does not tell
 * anyone which emails are registered. The new account then signs in with its password.
 *
 * @example
 * await signUp(db, { email: "ana@example.test", password: "correct horse battery staple" });
 */
export async function signUp(
  db: Database,
  parameters: { email: string; password: string; name?: string | undefined },
): Promise<void> {
  const passwordHash = await hashPassword(parameters.password);
  await db.prisma.user.createMany({
    data: [{ email: parameters.email.toLowerCase(), name: parameters.name ?? null, passwordHash }],
    skipDuplicates: true,
  });
}

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const UNKNOWN_USER_HASH = await hashPassword("no such user");

/** The user with this email and password, or 401 (the same answer for an unknown email). */
export async function checkPassword(db: Database, email: string, password: string): Promise<UserProfile> {
  const user = await db.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user?.passwordHash || !ok) throw new ProblemError(401, "Unauthorized", "Wrong email or password.");
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    walletAddress: user.walletAddress,
    isPlatformAdmin: user.isPlatformAdmin,
  };
}

export async function getProfile(db: Database, userId: string): Promise<UserProfile> {
  return db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: profile });
}

/**
 * Changes a user's password after checking the current one (when they have one), and signs out
 * every other session.
 */
export async function changePassword(
  db: Database,
  parameters: {
    userId: string;
    sessionId: string;
    currentPassword?: string | undefined;
    newPassword: string;
  },
): Promise<void> {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { id: parameters.userId } });
  if (user.passwordHash) {
    const ok =
      parameters.currentPassword !== undefined &&
      (await verifyPassword(parameters.currentPassword, user.passwordHash));
    if (!ok) throw new ProblemError(403, "Forbidden", "The current password is wrong.");
  }
  const passwordHash = await hashPassword(parameters.newPassword);
  await db.prisma.$transaction([
    db.prisma.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.prisma.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: parameters.sessionId } },
      data: { revokedAt: new Date() },
    }),
  ]);
}

/**
 * Ensures the platform administrator named in the configuration exists (first start of a deployment).
 * An existing account with that email is never promoted: anyone may have signed up with it first. Unless it
 * is already a platform administrator, this throws and the API does not start.
 */
export async function ensurePlatformAdmin(db: Database, email: string, password: string): Promise<void> {
  const existing = await db.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (existing) {
    if (!existing.isPlatformAdmin)
      throw new Error(
        `BOOTSTRAP_ADMIN_EMAIL ${email.toLowerCase()} belongs to an existing account that is not a platform administrator; it is not promoted, since anyone could have signed up with that email first. Choose an email nobody uses, or, if that account is yours, make it an administrator in the database (users."isPlatformAdmin") and start again.`,
      );
    return;
  }
  await db.prisma.user.create({
    data: {
      email: email.toLowerCase(),
      name: "Platform administrator",
      passwordHash: await hashPassword(password),
      isPlatformAdmin: true,
    },
  });
}
