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
  const stopping = new AbortController();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      stopping.signal.addEventListener("abort", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  const run = async () => {
    while (!stopping.signal.aborted) {
      try {
        const { delivered, failed } = await deliverWebhooksOnce({
          allowLoopback: context.config.webhookAllowHttpLocalhost,
          ...(context.lookupHost ? { lookup: context.lookupHost } : {}),
          ...options,
          db: context.db,
        });
        if (delivered + failed === 0) await sleep(options.pollMs ?? 1_000);
      } catch (error) {
        options.logger?.error({ err: error }, "webhook delivery failed");
        await sleep(options.pollMs ?? 1_000);
      }
    }
  };
  const running = run();
  return {
    stop: async () => {
      stopping.abort();
      await running;
    },
  };
}
