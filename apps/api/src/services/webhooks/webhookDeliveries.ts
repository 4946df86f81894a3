import type { Database } from "@tracemark/db";
import { ConflictError, NotFoundError } from "../../errors/domain.ts";
import type { LookupHost } from "../../webhooks/checkWebhookTarget.ts";
import { WEBHOOK_MAX_ATTEMPTS } from "../../webhooks/deliverWebhooksOnce.ts";
import { checkWebhookUrl } from "./webhooks.ts";

/** Where a delivery stands: not tried yet, delivered, being retried, or given up after the last attempt. */
export const deliveryStatuses = ["waiting", "delivered", "failing", "given_up"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

type DeliveryRow = {
  id: bigint;
  event: string;
  attempts: number;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  lastError: string | null;
  lastStatus: number | null;
  createdAt: Date;
};
const deliverySelect = {
  id: true,
  event: true,
  attempts: true,
  nextAttemptAt: true,
  deliveredAt: true,
  lastError: true,
  lastStatus: true,
  createdAt: true,
} as const;

function statusOf(row: DeliveryRow): DeliveryStatus {
  if (row.deliveredAt) return "delivered";
  if (row.attempts >= WEBHOOK_MAX_ATTEMPTS) return "given_up";
  return row.attempts === 0 ? "waiting" : "failing";
}

/** A delivery as the log shows it; `nextAttemptAt` only while another attempt is to come. */
function deliveryOf(row: DeliveryRow) {
  const status = statusOf(row);
  return {
    id: row.id.toString(),
    type: row.event,
    status,
    attempts: row.attempts,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    nextAttemptAt: status === "waiting" || status === "failing" ? row.nextAttemptAt : null,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
  };
}
export type WebhookDeliveryView = ReturnType<typeof deliveryOf>;

async function webhookOf(db: Database, organizationId: string, webhookId: string) {
  const webhook = await db.prisma.webhook.findFirst({ where: { id: webhookId, organizationId } });
  if (!webhook) throw new NotFoundError("No webhook with this id in this organisation.");
  return webhook;
}

export type SendTestDeliveryParameters = {
  organizationId: string;
  webhookId: string;
  /** The target check the webhook routes make (a refused target gets no delivery). */
  targetCheck: { allowLoopback: boolean; lookup: LookupHost; field: string };
};

/**
 * Queues a signed delivery of type `test` to one webhook, sent by the deliverer like any other. A
 * target the check refuses now (a name rebound to a private address) is an `InvalidInputError` and
 * nothing is queued; a paused webhook is a `ConflictError`, since its deliveries wait until it is
 * resumed.
 *
 * @example
 * const delivery = await sendTestDelivery(db, { organizationId, webhookId, targetCheck });
 */
export async function sendTestDelivery(
  db: Database,
  { organizationId, webhookId, targetCheck }: SendTestDeliveryParameters,
): Promise<WebhookDeliveryView> {
  const webhook = await webhookOf(db, organizationId, webhookId);
  if (!webhook.active) throw new ConflictError("The webhook is paused: resume it to send a test delivery.");
  await checkWebhookUrl(webhook.url, { ...targetCheck, field: "webhook.url" });
  const row = await db.prisma.webhookDelivery.create({
    data: {
      webhookId,
      event: "test",
      payload: { message: "A test delivery from Tracemark: your endpoint and its signature check work." },
    },
    select: deliverySelect,
  });
  return deliveryOf(row);
}

export type ListWebhookDeliveriesParameters = {
  organizationId: string;
  webhookId: string;
  limit: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string | undefined;
};

/**
 * A webhook's deliveries, newest first, a page at a time.
 *
 * @example
 * const { items, nextCursor } = await listWebhookDeliveries(db, { organizationId, webhookId, limit: 20 });
 */
export async function listWebhookDeliveries(
  db: Database,
  { organizationId, webhookId, limit, cursor }: ListWebhookDeliveriesParameters,
): Promise<{ items: WebhookDeliveryView[]; nextCursor: string | null }> {
  await webhookOf(db, organizationId, webhookId);
  const rows = await db.prisma.webhookDelivery.findMany({
    where: { webhookId, ...(cursor ? { id: { lt: BigInt(cursor) } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: deliverySelect,
  });
  const items = rows.slice(0, limit).map(deliveryOf);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/**
 * Sends a delivered or given-up delivery again, as a new delivery with the same type and data (a new
 * id, so a receiver that dedupes by id takes it). One still waiting or being retried is a
 * `ConflictError`.
 *
 * @example
 * const again = await redeliverWebhookDelivery(db, { organizationId, webhookId, deliveryId: "42", targetCheck });
 */
export async function redeliverWebhookDelivery(
  db: Database,
  parameters: SendTestDeliveryParameters & { deliveryId: string },
): Promise<WebhookDeliveryView> {
  const { organizationId, webhookId, deliveryId, targetCheck } = parameters;
  const webhook = await webhookOf(db, organizationId, webhookId);
  const original = await db.prisma.webhookDelivery.findFirst({
    where: { id: BigInt(deliveryId), webhookId },
  });
  if (!original) throw new NotFoundError("No delivery with this id for this webhook.");
  const status = statusOf(original);
  if (status === "waiting" || status === "failing")
    throw new ConflictError(`This delivery is ${status}: it is still being sent.`);
  if (!webhook.active) throw new ConflictError("The webhook is paused: resume it to redeliver.");
  await checkWebhookUrl(webhook.url, { ...targetCheck, field: "webhook.url" });
  const row = await db.prisma.webhookDelivery.create({
    data: { webhookId, event: original.event, payload: original.payload ?? {} },
    select: deliverySelect,
  });
  return deliveryOf(row);
}
