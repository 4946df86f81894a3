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
