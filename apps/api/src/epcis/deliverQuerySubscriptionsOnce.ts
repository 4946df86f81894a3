import { createHmac, randomUUID } from "node:crypto";
import type { Database } from "@tracemark/db";
import { checkWebhookTarget, type LookupHost, lookupHost } from "../webhooks/checkWebhookTarget.ts";
import { postWebhook } from "../webhooks/postWebhook.ts";
import { queryDocument } from "./binding.ts";
import { parseEventQuery } from "./eventQueryParameters.ts";
import { newMatchingEvents } from "./newMatchingEvents.ts";
import { nextScheduledTime, type QuerySchedule } from "./querySchedule.ts";

export type DeliverQuerySubscriptionsOnceParameters = {
  db: Database;
  /** Events per delivery (one EPCISQueryDocument). Default 100. */
  perDelivery?: number;
  /** Subscriptions claimed per call. Default 20. */
  batchSize?: number;
  /** Timeout of one POST. Default 10 s. */
  timeoutMs?: number;
  /** How long a claimed subscription is reserved for this deliverer; longer than a POST may take. Default 60 s. */
  leaseMs?: number;
  /** Development: deliver to loopback targets too (WEBHOOK_ALLOW_HTTP_LOCALHOST). Default false. */
  allowLoopback?: boolean;
  lookup?: LookupHost;
  now?: () => Date;
};
export type DeliverQuerySubscriptionsOnceReturnType = { delivered: number; failed: number };

/**
 * The `GS1-Signature` of a delivery: HMAC-SHA256 of the body with the subscription's
 * `signatureToken`, hex.
 *
 * @example
 * signQueryDelivery("13df38d8…", body) // "5d2f…"
 */
export function signQueryDelivery(signatureToken: string, body: string): string {
  return createHmac("sha256", signatureToken).update(body).digest("hex");
}

type Claimed = { id: string };

/**
 * Delivers query subscriptions once: each streaming subscription's new events, and each scheduled
 * subscription whose time has come (`nextRunAt`). New events are those of its query's organisation
 * matching its query, recorded at or after its `initialRecordTime` and after the last one
 * delivered, in (recordTime, id) order, up to `perDelivery`, POSTed to `dest` as one
 * EPCISQueryDocument (`queryName` the query's, `subscriptionID` the subscription's) with
 * `GS1-Signature` when it has a `signatureToken`; a scheduled run with nothing new POSTs an empty
 * document only with `reportIfEmpty`. A 2xx moves the subscription past them (and a scheduled one
 * to its next time, once all new events are sent); anything else keeps them for the next round and
 * records `lastError`. The target is checked again each time after resolving its name
 * (`checkWebhookTarget`), as for webhooks.
 *
 * Several deliverers (API processes) may run at once: each first claims subscriptions
 * (`FOR UPDATE SKIP LOCKED`, then leased for `leaseMs` to a claim id of its own), and only the
 * holder of the claim sends and moves them, so an event is sent once, not once per deliverer.
 *
 * @example
 * await deliverQuerySubscriptionsOnce({ db });
 */
export async function deliverQuerySubscriptionsOnce(
  parameters: DeliverQuerySubscriptionsOnceParameters,
): Promise<DeliverQuerySubscriptionsOnceReturnType> {
  const { db } = parameters;
  const now = parameters.now ?? (() => new Date());
  const timeoutMs = parameters.timeoutMs ?? 10_000;
  const leaseMs = Math.max(parameters.leaseMs ?? 60_000, timeoutMs * 2);
  const claim = randomUUID();
  const at = now();
  const claimed = await db.prisma.$queryRaw<Claimed[]>`
    UPDATE epcis_subscriptions SET "claimedBy" = ${claim}::uuid,
      "claimedUntil" = ${new Date(at.getTime() + leaseMs)}
    WHERE id IN (
      SELECT id FROM epcis_subscriptions
      WHERE ("claimedUntil" IS NULL OR "claimedUntil" < ${at})
        AND ("schedule" IS NULL OR "nextRunAt" <= ${at})
      ORDER BY "lastNotifiedAt" NULLS FIRST, id
      LIMIT ${parameters.batchSize ?? 20}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  let delivered = 0;
  let failed = 0;
  for (const { id } of claimed) {
    const subscription = await db.prisma.epcisSubscription.findFirst({
      where: { id, claimedBy: claim },
      include: { query: true },
    });
    if (!subscription) continue;
    const release = { claimedBy: null, claimedUntil: null };
    const schedule = subscription.schedule as QuerySchedule | null;
    let parsed: ReturnType<typeof parseEventQuery>;
    try {
      parsed = parseEventQuery(subscription.query.query as Record<string, unknown>);
    } catch (cause) {
      const lastError = `the stored query is no longer valid: ${cause instanceof Error ? cause.message : String(cause)}`;
      await db.prisma.epcisSubscription.update({
        where: { id },
        data: { lastError: lastError.slice(0, 500), ...release },
      });
      failed += 1;
      continue;
    }
    const next = await newMatchingEvents(db, {
      organizationId: subscription.query.organizationId,
      query: parsed,
      from: subscription.initialRecordTime,
      after:
        subscription.lastRecordTime && subscription.lastEventId
          ? { time: subscription.lastRecordTime, id: subscription.lastEventId }
          : undefined,
      limit: parameters.perDelivery ?? 100,
    });
    // A scheduled run is over once everything new is sent; it then waits for its next time.
    const nextRun =
      schedule && !next.more ? { nextRunAt: nextScheduledTime(schedule, now()) ?? new Date(8.64e15) } : {};
    if (next.eventList.length === 0 && !(schedule && subscription.reportIfEmpty)) {
      await db.prisma.epcisSubscription.update({ where: { id }, data: { ...nextRun, ...release } });
      continue;
    }
    const body = JSON.stringify(queryDocument(subscription.query.name, next.eventList, subscription.id));
    let error: string | undefined;
    try {
      const target = await checkWebhookTarget({
        url: subscription.dest,
        allowLoopback: parameters.allowLoopback ?? false,
        lookup: parameters.lookup ?? lookupHost,
        requireAddress: true,
      });
      const status = await postWebhook({
        target,
        headers: {
          "content-type": "application/json",
          "user-agent": "Tracemark-EPCIS/1",
          ...(subscription.signatureToken
            ? { "GS1-Signature": signQueryDelivery(subscription.signatureToken, body) }
            : {}),
        },
        body,
        timeoutMs,
      });
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    if (error === undefined) {
      await db.prisma.epcisSubscription.updateMany({
        where: { id, claimedBy: claim },
        data: {
          ...(next.last ? { lastRecordTime: next.last.time, lastEventId: next.last.id } : {}),
          lastNotifiedAt: now(),
          lastError: null,
          ...nextRun,
          ...release,
        },
      });
      delivered += 1;
    } else {
      await db.prisma.epcisSubscription.updateMany({
        where: { id, claimedBy: claim },
        data: { lastError: error.slice(0, 500), ...release },
      });
      failed += 1;
    }
  }
  return { delivered, failed };
}
