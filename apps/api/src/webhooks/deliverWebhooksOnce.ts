import type { Database } from "@tracemark/db";
import { signWebhook, webhookSignatureHeader } from "@tracemark/sdk";
import { backoffDelay } from "../background/backoffDelay.ts";
import { checkWebhookTarget, type LookupHost, lookupHost } from "./checkWebhookTarget.ts";
import { postWebhook } from "./postWebhook.ts";

/** Attempts before a delivery is given up, unless `maxAttempts` says otherwise. */
export const WEBHOOK_MAX_ATTEMPTS = 8;

export type DeliverWebhooksOnceParameters = {
  db: Database;
  /** Deliveries claimed per call. Default 20. */
  batchSize?: number;
  /** Attempts before a delivery is given up (it stays with its last error). Default 8. */
  maxAttempts?: number;
  /** Delay after the first failure; doubles per attempt (with jitter), capped at one hour. Default 5 s. */
  backoffMs?: number;
  /** How long a claimed delivery is reserved for this instance. Default 60 s. */
  leaseMs?: number;
  /** Timeout of one POST. Default 10 s. */
  timeoutMs?: number;
  /** Development: deliver to loopback targets too (WEBHOOK_ALLOW_HTTP_LOCALHOST). Default false. */
  allowLoopback?: boolean;
  /** Resolves target names. Default the system resolver. */
  lookup?: LookupHost;
  now?: () => Date;
};

export type DeliverWebhooksOnceReturnType = { delivered: number; failed: number };

type Claimed = {
  id: bigint;
  event: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
  url: string;
  secret: string;
};

/**
 * Claims due webhook deliveries (`FOR UPDATE SKIP LOCKED`, then leased by moving `nextAttemptAt`, so several API
 * instances never send the same one at once), POSTs each as JSON with a `Tracemark-Signature` header, and records
 * the outcome: delivered, or the error and the next attempt after exponential backoff, up to `maxAttempts`.
 * Any 2xx answer counts as delivered. A delivery is sent at least once; receivers dedupe by `id`. Deliveries
 * of a paused webhook (`active` false) wait, and go once it is resumed. Each attempt checks the target again
 * after resolving its name (`checkWebhookTarget`) and connects to the checked address, so a name rebound to
 * a private or loopback address since the webhook was created is refused, with the reason as its error.
 *
 * @example
 * await deliverWebhooksOnce({ db });
 */
export async function deliverWebhooksOnce(
  parameters: DeliverWebhooksOnceParameters,
): Promise<DeliverWebhooksOnceReturnType> {
  const { db } = parameters;
  const maxAttempts = parameters.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS;
  const backoffMs = parameters.backoffMs ?? 5_000;
  const now = parameters.now ?? (() => new Date());
  const targetCheck = {
    allowLoopback: parameters.allowLoopback ?? false,
    lookup: parameters.lookup ?? lookupHost,
  };
  const claimed = await db.prisma.$queryRawUnsafe<Claimed[]>(
    `WITH due AS (
       SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d."webhookId" AND w.active
       WHERE d."deliveredAt" IS NULL AND d.attempts < $1 AND d."nextAttemptAt" <= now()
       ORDER BY d."nextAttemptAt", d.id
       LIMIT $2 FOR UPDATE OF d SKIP LOCKED)
     UPDATE webhook_deliveries d SET "nextAttemptAt" = now() + ($3::int * interval '1 millisecond')
     FROM due, webhooks w
     WHERE d.id = due.id AND w.id = d."webhookId"
     RETURNING d.id, d.event, d.payload, d.attempts, d."createdAt", w.url, w.secret`,
    maxAttempts,
    parameters.batchSize ?? 20,
    parameters.leaseMs ?? 60_000,
  );
  const outcomes = await Promise.all(
    claimed.map(async (delivery) => {
      const body = JSON.stringify({
        id: delivery.id.toString(),
        type: delivery.event,
        createdAt: delivery.createdAt.toISOString(),
        data: delivery.payload,
      });
      const timestamp = Math.floor(now().getTime() / 1000);
      let error: string | undefined;
      let status: number | null = null;
      try {
        const target = await checkWebhookTarget({ ...targetCheck, url: delivery.url, requireAddress: true });
        status = await postWebhook({
          target,
          headers: {
            "content-type": "application/json",
            "user-agent": "Tracemark-Webhooks/1",
            "tracemark-delivery": delivery.id.toString(),
            "tracemark-event": delivery.event,
            [webhookSignatureHeader]: signWebhook({ secret: delivery.secret, body, timestamp }),
          },
          body,
          timeoutMs: parameters.timeoutMs ?? 10_000,
        });
        if (status < 200 || status > 299) error = `HTTP ${status}`;
      } catch (cause) {
        error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      }
      const attempts = delivery.attempts + 1;
      if (error === undefined) {
        await db.prisma.webhookDelivery.update({
          where: { id: delivery.id },
          data: { attempts, deliveredAt: now(), lastError: null, lastStatus: status },
        });
        return true;
      }
      const delay =
        backoffDelay(attempts, { baseMs: backoffMs, maxMs: 3_600_000 }) * (0.8 + Math.random() * 0.4);
      await db.prisma.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          attempts,
          lastError: error.slice(0, 500),
          lastStatus: status,
          nextAttemptAt: new Date(now().getTime() + delay),
        },
      });
      return false;
    }),
  );
  const delivered = outcomes.filter(Boolean).length;
  return { delivered, failed: outcomes.length - delivered };
}
