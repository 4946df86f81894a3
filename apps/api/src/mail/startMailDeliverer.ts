import { createTransport } from "nodemailer";
import { repeatUntilStopped } from "../background/repeatUntilStopped.ts";
import type { AppContext } from "../context.ts";
import { type DeliverMailOnceParameters, deliverMailOnce } from "./deliverMailOnce.ts";

export type StartMailDelivererOptions = Pick<
  DeliverMailOnceParameters,
  "backoffMs" | "batchSize" | "leaseMs"
> & {
  logger?: { error: (object: object, message: string) => void };
};

/**
 * Sends the outbox's mail through SMTP_URL until stopped: again at once while there is work, and
 * every MAIL_POLL_MS otherwise. Safe to run in every API instance. Without SMTP_URL it sends
 * nothing (development: mail waits in the outbox) and says so once.
 *
 * @example
 * const deliverer = startMailDeliverer(context, { logger });
 * await deliverer.stop();
 */
export function startMailDeliverer(
  context: AppContext,
  options: StartMailDelivererOptions & { warn?: (message: string) => void } = {},
): { stop: () => Promise<void> } {
  const { smtpUrl, from, pollMs } = context.config.mail;
  if (!smtpUrl) {
    options.warn?.(
      "SMTP_URL is unset: mail (invitations, verification, password reset) waits in the outbox, unsent",
    );
    return { stop: async () => undefined };
  }
  const transport = createTransport(smtpUrl);
  const loop = repeatUntilStopped(
    async () => {
      const { sent } = await deliverMailOnce({ ...options, db: context.db, transport, from });
      return sent > 0;
    },
    { pollMs, ...(options.logger ? { logger: options.logger } : {}), label: "mail delivery failed" },
  );
  return {
    stop: async () => {
      await loop.stop();
      transport.close();
    },
  };
}
