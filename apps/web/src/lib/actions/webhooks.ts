"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { apiRequest } from "@/lib/api/apiRequest";
import { orgPath } from "@/lib/orgPath";
import { actionFailure } from "./actionFailure";

/** Pauses (no deliveries) or resumes a webhook: `PATCH` of its `active` flag. */
export async function setWebhookActiveAction(
  orgId: string,
  webhookId: string,
  active: boolean,
): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/webhooks/${webhookId}`, { method: "PATCH", body: { active } });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "webhooks"));
  return undefined;
}

/** Deletes a webhook, with its pending deliveries. */
export async function deleteWebhookAction(orgId: string, webhookId: string): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/webhooks/${webhookId}`, { method: "DELETE" });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "webhooks"));
  return undefined;
}

/** Queues a signed test delivery to a webhook; it shows in the webhook's delivery log. */
export async function sendTestWebhookAction(orgId: string, webhookId: string): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/webhooks/${webhookId}/test`, { method: "POST" });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "webhooks", webhookId));
  return { ok: "Test delivery queued: see the delivery log." };
}

/** Sends a delivered or given-up delivery again, as a new delivery. */
export async function redeliverWebhookAction(
  orgId: string,
  webhookId: string,
  deliveryId: string,
): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`, {
      method: "POST",
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "webhooks", webhookId));
  return undefined;
}
