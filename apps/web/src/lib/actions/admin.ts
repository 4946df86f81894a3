"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { actionFailure, afterWrite } from "./actionFailure";
import { text } from "./formValues";

/** Admits, suspends or reinstates an organisation from the admin console. */
export async function setOrganizationStatusAction(
  orgId: string,
  action: "admit" | "suspend" | "reinstate",
): Promise<FormState> {
  try {
    await api.POST(`/admin/organizations/{orgId}/${action}`, { params: { path: { orgId } }, body: {} });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/admin", "layout");
  return undefined;
}

/** Accredits a user (with a linked wallet) as an auditor: on chain through the submitter. */
export async function accreditAuditorAction(_s: FormState, formData: FormData): Promise<FormState> {
  return afterWrite(
    api.POST("/admin/auditors", {
      body: { userId: text(formData, "userId") ?? "", displayName: text(formData, "displayName") ?? "" },
    }),
    "/admin",
    "Accredited. The accreditation is on its way to the chain.",
  );
}

/** Withdraws an auditor's accreditation (on chain through the submitter). */
export async function withdrawAuditorAction(auditorId: string): Promise<FormState> {
  return afterWrite(api.DELETE("/admin/auditors/{auditorId}", { params: { path: { auditorId } } }), "/admin");
}
