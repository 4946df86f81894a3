import type { Prisma } from "@tracemark/db";
import type { WebhookEvent } from "../services/webhooks/webhooks.ts";

export type EnqueueWebhooksParameters = {
  event: WebhookEvent;
  /** One notification per item, sent to every active webhook of its organisation subscribed to `event`. */
  items: { organizationId: string; payload: Record<string, unknown> }[];
};

/**
 * Queues webhook deliveries inside the caller's transaction, so a notification exists exactly when the
 * data it announces was committed. Returns how many deliveries were queued.
 *
 * @example
 * await enqueueWebhooks(tx, { event: "anchored", items: [{ organizationId, payload: { batchId, txHash } }] });
 */
export async function enqueueWebhooks(
  tx: Prisma.TransactionClient,
  parameters: EnqueueWebhooksParameters,
): Promise<number> {
  if (parameters.items.length === 0) return 0;
  return tx.$executeRawUnsafe(
    `INSERT INTO webhook_deliveries ("webhookId", event, payload)
     SELECT w.id, $1, i.payload
     FROM unnest($2::uuid[], $3::jsonb[]) AS i(org, payload)
     JOIN webhooks w ON w."organizationId" = i.org AND w.active AND $1 = ANY(w.events)`,
    parameters.event,
    parameters.items.map((item) => item.organizationId),
    parameters.items.map((item) => JSON.stringify(item.payload)),
  );
}
