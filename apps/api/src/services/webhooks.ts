import { randomBytes } from "node:crypto";
import type { Database } from "@tracemark/db";
import { ProblemError } from "../errors/problem.ts";

/** What a webhook can subscribe to. */
export const webhookEvents = ["anchored", "recalled", "attested"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

const webhookSelect = { id: true, url: true, events: true, active: true, createdAt: true } as const;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Checks a webhook target: https, or http to localhost when `allowHttpLocalhost` (development);
 * never credentials in the URL. A 422 naming `field` otherwise.
 *
 * @example
 * checkWebhookUrl("https://erp.example.com/hooks/tracemark", { allowHttpLocalhost: false, field: "body.url" })
 */
export function checkWebhookUrl(url: string, options: { allowHttpLocalhost: boolean; field: string }): void {
  const fail = (message: string) =>
    new ProblemError(422, "Invalid request", `${options.field}: ${message}`, {
      errors: [{ field: options.field, message }],
    });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail("must be an absolute URL");
  }
  if (parsed.username || parsed.password) throw fail("must not contain credentials");
  if (parsed.protocol === "https:") return;
  if (parsed.protocol === "http:" && options.allowHttpLocalhost && LOCAL_HOSTS.has(parsed.hostname)) return;
  throw fail(options.allowHttpLocalhost ? "must use https (or http to localhost)" : "must use https");
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

/** Changes a webhook's URL, events or active flag; 404 if it is not the organisation's. */
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
    if (count === 0)
      throw new ProblemError(404, "Not Found", "No webhook with this id in this organisation.");
    return tx.webhook.findUniqueOrThrow({ where: { id: webhookId }, select: webhookSelect });
  });
}

/** Deletes a webhook and its pending deliveries; 404 if it is not the organisation's. */
export async function deleteWebhook(db: Database, organizationId: string, webhookId: string): Promise<void> {
  const { count } = await db.prisma.webhook.deleteMany({ where: { id: webhookId, organizationId } });
  if (count === 0) throw new ProblemError(404, "Not Found", "No webhook with this id in this organisation.");
}
