"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { apiRequest } from "@/lib/api/apiRequest";
import { orgPath } from "@/lib/orgPath";
import { actionFailure } from "./actionFailure";

/**
 * Saves what the organisation's public events withhold: the `withhold` checkboxes for every event,
 * and for each business step marked `own:<step>`, its `step:<step>` checkboxes instead; and
 * `locationLevel`, where a step whose exact location is withheld is still placed.
 */
export async function saveDisclosureAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const byBizStep: Record<string, string[]> = {};
  for (const step of formData.getAll("own").map(String)) {
    byBizStep[step] = formData.getAll(`step:${step}`).map(String);
  }
  try {
    await apiRequest(`/orgs/${orgId}/disclosure`, {
      method: "PUT",
      body: {
        withhold: formData.getAll("withhold").map(String),
        byBizStep,
        locationLevel: String(formData.get("locationLevel") ?? "country"),
      },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "privacy"));
  return { ok: "Saved. Consumer pages show the change at once; what was sealed stays verifiable." };
}
