import type { Database, EmailTokenPurpose } from "@tracemark/db";
import { NoLongerValidError, NotFoundError } from "../../errors/domain.ts";
import { hashToken, newToken } from "./tokens.ts";

type Tx = Pick<Database["prisma"], "emailToken">;

/** How long each kind of link in mail works. */
export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 48 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

/**
 * A new single-use link token for a user (only its sha256 is stored); the user's earlier unused
 * tokens of the same purpose stop working, so only the newest mail's link does.
 *
 * @example
 * const { token, expiresAt } = await issueEmailToken(tx, { userId, purpose: "reset_password" });
 */
export async function issueEmailToken(
  tx: Tx,
  parameters: { userId: string; purpose: EmailTokenPurpose },
): Promise<{ token: string; expiresAt: Date }> {
  const now = new Date();
  await tx.emailToken.updateMany({
    where: { userId: parameters.userId, purpose: parameters.purpose, usedAt: null },
    data: { usedAt: now },
  });
  const token = newToken(parameters.purpose === "verify_email" ? "tm_verify_" : "tm_reset_");
  const expiresAt = new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[parameters.purpose]);
  await tx.emailToken.create({
    data: { userId: parameters.userId, purpose: parameters.purpose, tokenHash: hashToken(token), expiresAt },
  });
  return { token, expiresAt };
}

const WHAT: Record<EmailTokenPurpose, string> = {
  verify_email: "email verification",
  reset_password: "password reset",
};

/**
 * Uses up a link token of this purpose and returns its user; an unknown token is a `NotFoundError`,
 * a used, replaced or expired one a `NoLongerValidError`, each saying what to do instead. Single use
 * even when two requests race (a conditional update).
 */
export async function consumeEmailToken(
  tx: Tx,
  parameters: { token: string; purpose: EmailTokenPurpose },
): Promise<{ userId: string }> {
  const what = WHAT[parameters.purpose];
  const again =
    parameters.purpose === "verify_email"
      ? "Sign in and ask for a new verification mail."
      : "Ask for a new password reset mail.";
  const row = await tx.emailToken.findUnique({ where: { tokenHash: hashToken(parameters.token) } });
  if (!row || row.purpose !== parameters.purpose)
    throw new NotFoundError(`This ${what} link is not one of ours. ${again}`, { title: "Unknown link" });
  if (row.usedAt)
    throw new NoLongerValidError(`This ${what} link was already used or replaced by a newer one. ${again}`, {
      title: "Link already used",
    });
  if (row.expiresAt <= new Date())
    throw new NoLongerValidError(`This ${what} link has expired. ${again}`, { title: "Link expired" });
  const { count } = await tx.emailToken.updateMany({
    where: { id: row.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count === 0)
    throw new NoLongerValidError(`This ${what} link was already used or replaced by a newer one. ${again}`, {
      title: "Link already used",
    });
  return { userId: row.userId };
}
