import { repeatUntilStopped } from "../background/repeatUntilStopped.ts";
import type { AppContext } from "../context.ts";
import { type DeliverWebhooksOnceParameters, deliverWebhooksOnce } from "./deliverWebhooksOnce.ts";

export type StartWebhookDelivererOptions = Omit<DeliverWebhooksOnceParameters, "db"> & {
  /** Pause when nothing was due. Default 1,000 ms. */
  pollMs?: number;
  logger?: { error: (object: object, message: string) => void };
};

/**
 * Delivers queued webhooks until stopped: runs `deliverWebhooksOnce` again at once while there is work, and every
 * `pollMs` otherwise. Safe to run in every API instance.
 *
 * @example
 * const deliverer = startWebhookDeliverer(context);
 * await deliverer.stop();
 */
export function startWebhookDeliverer(
  context: AppContext,
  options: StartWebhookDelivererOptions = {},
): { stop: () => Promise<void> } {
  return repeatUntilStopped(
    async () => {
      const { delivered, failed } = await deliverWebhooksOnce({
        allowLoopback: context.config.webhookAllowHttpLocalhost,
        ...(context.lookupHost ? { lookup: context.lookupHost } : {}),
        ...options,
        db: context.db,
      });
      return delivered + failed > 0;
    },
    { ...options, label: "webhook delivery failed" },
  );
}
