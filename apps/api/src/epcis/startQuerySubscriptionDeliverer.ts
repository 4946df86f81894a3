import { repeatUntilStopped } from "../background/repeatUntilStopped.ts";
import type { AppContext } from "../context.ts";
import { deliverQuerySubscriptionsOnce } from "./deliverQuerySubscriptionsOnce.ts";

/**
 * Delivers query subscriptions' new events until stopped: again at once while some were
 * delivered, every `pollMs` otherwise. Any number of instances may run it: each subscription is
 * claimed by one at a time (`deliverQuerySubscriptionsOnce`), so its events are sent once.
 *
 * @example
 * const deliverer = startQuerySubscriptionDeliverer(context);
 * await deliverer.stop();
 */
export function startQuerySubscriptionDeliverer(
  context: AppContext,
  options: { pollMs?: number; logger?: { error: (object: object, message: string) => void } } = {},
): { stop: () => Promise<void> } {
  return repeatUntilStopped(
    async () => {
      const { delivered } = await deliverQuerySubscriptionsOnce({
        db: context.db,
        allowLoopback: context.config.webhookAllowHttpLocalhost,
        ...(context.lookupHost ? { lookup: context.lookupHost } : {}),
      });
      return delivered > 0;
    },
    { ...options, label: "EPCIS query subscription delivery failed" },
  );
}
