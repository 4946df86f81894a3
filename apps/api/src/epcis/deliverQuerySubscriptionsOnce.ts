import { createHmac } from "node:crypto";
import type { Database } from "@tracemark/db";
import { queryEpcisEvents } from "../services/queryEpcisEvents.ts";
import { checkWebhookTarget, type LookupHost, lookupHost } from "../webhooks/checkWebhookTarget.ts";
import { postWebhook } from "../webhooks/postWebhook.ts";
import { queryDocument } from "./binding.ts";
import { parseEventQuery } from "./eventQueryParameters.ts";

export type DeliverQuerySubscriptionsOnceParameters = {
  db: Database;
  /** Events per delivery (one EPCISQueryDocument). Default 100. */
  perDelivery?: number;
  /** Timeout of one POST. Default 10 s. */
  timeoutMs?: number;
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

/**
 * Delivers each streaming query subscription's new events once: the events of its query's
 * organisation matching its query, recorded at or after its `initialRecordTime` and after the last
 * one delivered, in (recordTime, id) order, up to `perDelivery`, POSTed to `dest` as one
 * EPCISQueryDocument (`queryName` the query's, `subscriptionID` the subscription's) with
 * `GS1-Signature` when it has a `signatureToken`. A 2xx moves the subscription past them; anything
 * else keeps them for the next round (at least once) and records `lastError`. The target is checked
 * again each time after resolving its name (`checkWebhookTarget`), as for webhooks.
 *
 * @example
 * await deliverQuerySubscriptionsOnce({ db });
 */
export async function deliverQuerySubscriptionsOnce(
  parameters: DeliverQuerySubscriptionsOnceParameters,
): Promise<DeliverQuerySubscriptionsOnceReturnType> {
  const { db } = parameters;
  const now = parameters.now ?? (() => new Date());
  const subscriptions = await db.prisma.epcisSubscription.findMany({ include: { query: true } });
  let delivered = 0;
  let failed = 0;
  for (const subscription of subscriptions) {
    let parsed: ReturnType<typeof parseEventQuery>;
    try {
      parsed = parseEventQuery(subscription.query.query as Record<string, unknown>);
    } catch (cause) {
      const lastError = `the stored query is no longer valid: ${cause instanceof Error ? cause.message : String(cause)}`;
      await db.prisma.epcisSubscription.update({
        where: { id: subscription.id },
        data: { lastError: lastError.slice(0, 500) },
      });
      failed += 1;
      continue;
    }
    const from = subscription.initialRecordTime;
    const page = await queryEpcisEvents(db, {
      organizationId: subscription.query.organizationId,
      ...parsed,
      query: {
        ...parsed.query,
        GE_recordTime:
          parsed.query.GE_recordTime && parsed.query.GE_recordTime > from ? parsed.query.GE_recordTime : from,
      },
      orderBy: "recordTime",
      orderDirection: "ASC",
      eventCountLimit: undefined,
      maxEventCount: undefined,
      perPage: parameters.perDelivery ?? 100,
      after:
        subscription.lastRecordTime && subscription.lastEventId
          ? { time: subscription.lastRecordTime, id: subscription.lastEventId }
          : undefined,
    });
    if (page.eventList.length === 0 || !page.last) continue;
    const body = JSON.stringify(queryDocument(subscription.query.name, page.eventList, subscription.id));
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
        timeoutMs: parameters.timeoutMs ?? 10_000,
      });
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    if (error === undefined) {
      await db.prisma.epcisSubscription.update({
        where: { id: subscription.id },
        data: {
          lastRecordTime: page.last.time,
          lastEventId: page.last.id,
          lastNotifiedAt: now(),
          lastError: null,
        },
      });
      delivered += 1;
    } else {
      await db.prisma.epcisSubscription.update({
        where: { id: subscription.id },
        data: { lastError: error.slice(0, 500) },
      });
      failed += 1;
    }
  }
  return { delivered, failed };
}
