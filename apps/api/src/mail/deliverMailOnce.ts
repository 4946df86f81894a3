import type { Database } from "@tracemark/db";
import type { Transporter } from "nodemailer";
import { backoffDelay } from "../background/backoffDelay.ts";

export type DeliverMailOnceParameters = {
  db: Database;
  /** A nodemailer transport (SMTP_URL). */
  transport: Transporter;
  /** The sender of every mail (MAIL_FROM). */
  from: string;
  /** Mails claimed per call. Default 20. */
  batchSize?: number;
  /** Delay after the first failure; doubles per attempt (with jitter), capped at one hour. Default 5 s. */
  backoffMs?: number;
  /** How long a claimed mail is reserved for this instance. Default 60 s. */
  leaseMs?: number;
};

export type DeliverMailOnceReturnType = { sent: number; failed: number };

type Claimed = { id: bigint; to: string; subject: string; text: string; html: string; attempts: number };

/**
 * Claims due mail from the outbox (`FOR UPDATE SKIP LOCKED`, then leased by moving `nextAttemptAt`,
 * so several API instances never send the same one at once), hands each to the SMTP server, and
 * records the outcome: sent, or the error and the next attempt after exponential backoff. A mail is
 * never given up: it is tried again, at most hourly, until the server takes it.
 *
 * @example
 * await deliverMailOnce({ db, transport: createTransport(config.mail.smtpUrl), from: config.mail.from });
 */
export async function deliverMailOnce(
  parameters: DeliverMailOnceParameters,
): Promise<DeliverMailOnceReturnType> {
  const { db, transport, from } = parameters;
  const backoffMs = parameters.backoffMs ?? 5_000;
  const claimed = await db.prisma.$queryRawUnsafe<Claimed[]>(
    `WITH due AS (
       SELECT id FROM mail_outbox
       WHERE "sentAt" IS NULL AND "nextAttemptAt" <= now()
       ORDER BY "nextAttemptAt", id
       LIMIT $1 FOR UPDATE SKIP LOCKED)
     UPDATE mail_outbox m SET "nextAttemptAt" = now() + ($2::int * interval '1 millisecond')
     FROM due WHERE m.id = due.id
     RETURNING m.id, m."to", m.subject, m.text, m.html, m.attempts`,
    parameters.batchSize ?? 20,
    parameters.leaseMs ?? 60_000,
  );
  const outcomes = await Promise.all(
    claimed.map(async (mail) => {
      const attempts = mail.attempts + 1;
      try {
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
      } catch (cause) {
        const error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
        const delay =
          backoffDelay(attempts, { baseMs: backoffMs, maxMs: 3_600_000 }) * (0.8 + Math.random() * 0.4);
        await db.prisma.mailOutbox.update({
          where: { id: mail.id },
          data: { attempts, lastError: error.slice(0, 500), nextAttemptAt: new Date(Date.now() + delay) },
        });
        return false;
      }
      await db.prisma.mailOutbox.update({
        where: { id: mail.id },
        data: { attempts, sentAt: new Date(), lastError: null },
      });
      return true;
    }),
  );
  const sent = outcomes.filter(Boolean).length;
  return { sent, failed: outcomes.length - sent };
}
