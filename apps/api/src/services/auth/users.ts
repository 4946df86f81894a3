import type { Database } from "@tracemark/db";
import { ConflictError, NotAllowedError, NotAuthenticatedError } from "../../errors/domain.ts";
import { alreadyRegisteredMail, resetPasswordMail, verifyEmailMail } from "../../mail/composeMail.ts";
import { enqueueMail } from "../../mail/enqueueMail.ts";
import { consumeEmailToken, issueEmailToken } from "./emailTokens.ts";
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
 * Creates an account for an email no account has, and mails it a link to verify the email; for an
 * email that has one, changes nothing and mails its owner that someone tried (with a link to reset
 * the password). Both in one transaction with the same statements, so the answer does not tell
 * anyone which emails are registered. The new account then signs in with its password.
 *
 * @example
 * await signUp(db, { email: "ana@example.test", password: "correct horse battery staple" }, { webUrl });
 */
export async function signUp(
  db: Database,
  parameters: { email: string; password: string; name?: string | undefined },
  links: { webUrl: string },
): Promise<void> {
  const passwordHash = await hashPassword(parameters.password);
  const email = parameters.email.toLowerCase();
  await db.prisma.$transaction(async (tx) => {
    const [created] = await tx.user.createManyAndReturn({
      data: [{ email, name: parameters.name ?? null, passwordHash }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!created) {
      await enqueueMail(tx, alreadyRegisteredMail({ to: email, resetUrl: `${links.webUrl}/reset-password` }));
      return;
    }
    const { token, expiresAt } = await issueEmailToken(tx, { userId: created.id, purpose: "verify_email" });
    await enqueueMail(
      tx,
      verifyEmailMail({ to: email, url: `${links.webUrl}/verify-email?token=${token}`, expiresAt }),
    );
  });
}

/** Marks the email of the link's account verified (the link is used up). */
export async function verifyEmail(db: Database, token: string): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const { userId } = await consumeEmailToken(tx, { token, purpose: "verify_email" });
    await tx.user.updateMany({
      where: { id: userId, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    });
  });
}

/**
 * Mails the signed-in account a new verification link (earlier links stop working); a
 * `ConflictError` when nothing needs verifying.
 */
export async function resendVerification(
  db: Database,
  userId: string,
  links: { webUrl: string },
): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (!user.email || user.emailVerifiedAt)
      throw new ConflictError(user.email ? "Your email is already verified." : "Your account has no email.", {
        title: "Nothing to verify",
      });
    const { token, expiresAt } = await issueEmailToken(tx, { userId, purpose: "verify_email" });
    await enqueueMail(
      tx,
      verifyEmailMail({ to: user.email, url: `${links.webUrl}/verify-email?token=${token}`, expiresAt }),
    );
  });
}

/**
 * Refuses (`NotAllowedError`) what an account whose email is not verified yet may not do: create
 * organisations and accept invitations. Wallet-only accounts (no email) are not asked.
 */
export async function requireVerifiedEmail(db: Database, userId: string, doing: string): Promise<void> {
  const user = await db.prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, emailVerifiedAt: true },
  });
  if (user.email && !user.emailVerifiedAt)
    throw new NotAllowedError(
      `Verify your email before you ${doing}: open the link we mailed to ${user.email} (or ask for a new one).`,
      { title: "Email not verified", type: "email-not-verified" },
    );
}

/**
 * Mails a password reset link to the account with this email, if there is one; does nothing
 * otherwise. The caller answers the same either way, so nobody learns which emails have accounts.
 */
export async function requestPasswordReset(
  db: Database,
  email: string,
  links: { webUrl: string },
): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: email.toLowerCase() },
      select: { id: true, email: true },
    });
    if (!user?.email) return;
    const { token, expiresAt } = await issueEmailToken(tx, { userId: user.id, purpose: "reset_password" });
    await enqueueMail(
      tx,
      resetPasswordMail({ to: user.email, url: `${links.webUrl}/reset-password?token=${token}`, expiresAt }),
    );
  });
}

/**
 * Sets a new password with a reset link (used up), ends every session of the account, and counts
 * the email as verified (the link reached it).
 */
export async function resetPassword(
  db: Database,
  parameters: { token: string; newPassword: string },
): Promise<void> {
  const passwordHash = await hashPassword(parameters.newPassword);
  await db.prisma.$transaction(async (tx) => {
    const { userId } = await consumeEmailToken(tx, { token: parameters.token, purpose: "reset_password" });
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.user.updateMany({
      where: { id: userId, emailVerifiedAt: null },
      data: { emailVerifiedAt: now },
    });
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  });
}

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const UNKNOWN_USER_HASH = await hashPassword("no such user");

/** The user with this email and password, or `NotAuthenticatedError` (the same for an unknown email). */
export async function checkPassword(db: Database, email: string, password: string): Promise<UserProfile> {
  const user = await db.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user?.passwordHash || !ok) throw new NotAuthenticatedError("Wrong email or password.");
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
    if (!ok) throw new NotAllowedError("The current password is wrong.");
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
      emailVerifiedAt: new Date(),
    },
  });
}
