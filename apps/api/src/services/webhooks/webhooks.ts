import { randomBytes } from "node:crypto";
import type { Database } from "@tracemark/db";
import { InvalidInputError, NotFoundError } from "../../errors/domain.ts";
import {
  checkWebhookTarget,
  type LookupHost,
  WebhookTargetError,
} from "../../webhooks/checkWebhookTarget.ts";

/** What a webhook can subscribe to. */
export const webhookEvents = ["anchored", "recalled", "attested", "recall.affects"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

const webhookSelect = { id: true, url: true, events: true, active: true, createdAt: true } as const;

/**
 * Checks a webhook target with `checkWebhookTarget` (https to a public address; loopback too when
 * `allowLoopback`, in development). An `InvalidInputError` naming `field` otherwise. A name that
 * does not resolve yet is accepted: every delivery checks the target again.
 *
 * @example
 * await checkWebhookUrl("https://erp.example.com/hooks/tracemark", { allowLoopback: false, lookup: lookupHost, field: "body.url" })
 */
export async function checkWebhookUrl(
  url: string,
  options: { allowLoopback: boolean; lookup: LookupHost; field: string },
): Promise<void> {
  try {
    await checkWebhookTarget({
      url,
      allowLoopback: options.allowLoopback,
      lookup: options.lookup,
      requireAddress: false,
    });
  } catch (error) {
    if (!(error instanceof WebhookTargetError)) throw error;
    throw new InvalidInputError(`${options.field}: ${error.message}`, {
      errors: [{ field: options.field, message: error.message }],
    });
  }
}

/** Creates a webhook; its signing secret is returned here and never again. */
export async function createWebhook(
  db: Database,
  organizationId: string,
  data: { url: string; events: WebhookEvent[] },
) {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const created = await db.prisma.webhook.create({
    data: { organizationId, url: data.url, events: [...new Set(data.events)], secret },
    select: webhookSelect,
  });
  return { ...created, secret };
}

/** The organisation's webhooks (without secrets), oldest first. */
export async function listWebhooks(db: Database, organizationId: string) {
  return db.prisma.webhook.findMany({
    where: { organizationId },
    select: webhookSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Changes a webhook's URL, events or active flag; `NotFoundError` if it is not the organisation's. */
export async function updateWebhook(
  db: Database,
  organizationId: string,
  webhookId: string,
  data: { url?: string | undefined; events?: WebhookEvent[] | undefined; active?: boolean | undefined },
) {
  return db.prisma.$transaction(async (tx) => {
    const { count } = await tx.webhook.updateMany({
      where: { id: webhookId, organizationId },
      data: { ...data, ...(data.events ? { events: [...new Set(data.events)] } : {}) },
    });
    if (count === 0) throw new NotFoundError("No webhook with this id in this organisation.");
    return tx.webhook.findUniqueOrThrow({ where: { id: webhookId }, select: webhookSelect });
  });
}

/** Deletes a webhook and its pending deliveries; `NotFoundError` if it is not the organisation's. */
export async function deleteWebhook(db: Database, organizationId: string, webhookId: string): Promise<void> {
  const { count } = await db.prisma.webhook.deleteMany({ where: { id: webhookId, organizationId } });
  if (count === 0) throw new NotFoundError("No webhook with this id in this organisation.");
}
