import type { Database } from "@tracemark/db";

export type OutgoingMail = { to: string; subject: string; text: string; html: string };

/**
 * Puts a mail in the outbox, inside the caller's transaction: it is sent (by `startMailDeliverer`)
 * if and only if the action it tells about is committed, and however long the SMTP server is down.
 *
 * @example
 * await db.prisma.$transaction(async (tx) => {
 *   // … the action …
 *   await enqueueMail(tx, { to: "ana@example.test", subject: "…", text: "…", html: "…" });
 * });
 */
export async function enqueueMail(
  tx: Pick<Database["prisma"], "mailOutbox">,
  mail: OutgoingMail,
): Promise<void> {
  await tx.mailOutbox.create({ data: mail });
}
