"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { allOf } from "@/lib/oneOf";
import { orgPath } from "@/lib/orgPath";
import { webhookEvents } from "@/lib/webhooks/webhookEvents";
import { afterWrite } from "./actionFailure";
import { text } from "./formValues";

/** Adds a webhook; its signing secret is shown this once. */
export async function createWebhookAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const events = allOf(formData.getAll("events").map(String), webhookEvents, "a webhook event");
  if (events.error !== undefined) return { error: events.error };
  return afterWrite(
    api.POST("/orgs/{orgId}/webhooks", {
      params: { path: { orgId } },
      body: { url: text(formData, "url") ?? "", events: events.value },
    }),
    orgPath(orgId, "webhooks"),
    (created) => `Webhook added. Its signing secret (shown once): ${created.secret}`,
  );
}

/** Pauses (no deliveries) or resumes a webhook: `PATCH` of its `active` flag. */
export async function setWebhookActiveAction(
  orgId: string,
  webhookId: string,
  active: boolean,
): Promise<FormState> {
  return afterWrite(
    api.PATCH("/orgs/{orgId}/webhooks/{webhookId}", {
      params: { path: { orgId, webhookId } },
      body: { active },
    }),
    orgPath(orgId, "webhooks"),
  );
}

/** Deletes a webhook, with its pending deliveries. */
export async function deleteWebhookAction(orgId: string, webhookId: string): Promise<FormState> {
  return afterWrite(
    api.DELETE("/orgs/{orgId}/webhooks/{webhookId}", { params: { path: { orgId, webhookId } } }),
    orgPath(orgId, "webhooks"),
  );
}

/** Queues a signed test delivery to a webhook; it shows in the webhook's delivery log. */
export async function sendTestWebhookAction(orgId: string, webhookId: string): Promise<FormState> {
  return afterWrite(
    api.POST("/orgs/{orgId}/webhooks/{webhookId}/test", { params: { path: { orgId, webhookId } } }),
    orgPath(orgId, "webhooks", webhookId),
    "Test delivery queued: see the delivery log.",
  );
}

/** Sends a delivered or given-up delivery again, as a new delivery. */
export async function redeliverWebhookAction(
  orgId: string,
  webhookId: string,
  deliveryId: string,
): Promise<FormState> {
  return afterWrite(
    api.POST("/orgs/{orgId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", {
      params: { path: { orgId, webhookId, deliveryId } },
    }),
    orgPath(orgId, "webhooks", webhookId),
  );
}
