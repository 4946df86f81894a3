"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { actionFailure } from "./actionFailure";
import { text } from "./formValues";

export async function declareRecallAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await api.POST("/orgs/{orgId}/recalls", {
      params: { path: { orgId } },
      body: { lotId, reason: text(formData, "reason") ?? "" },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "lots", lotId));
  return { ok: "Recall declared. The public page shows it now." };
}

export async function liftRecallAction(
  orgId: string,
  recallId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await api.POST("/orgs/{orgId}/recalls/{recallId}/lift", {
      params: { path: { orgId, recallId } },
      body: { reason: text(formData, "reason") ?? "" },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "recalls"));
  return { ok: "Recall lifted." };
}
