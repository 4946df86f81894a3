"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { apiRequest } from "@/lib/api/apiRequest";
import { actionFailure } from "./actionFailure";
import { text } from "./formValues";

/** Admits, suspends or reinstates an organisation from the admin console. */
export async function setOrganizationStatusAction(
  orgId: string,
  action: "admit" | "suspend" | "reinstate",
): Promise<FormState> {
  try {
    await apiRequest(`/admin/organizations/${orgId}/${action}`, { method: "POST", body: {} });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/admin", "layout");
  return undefined;
}

/** Accredits a user (with a linked wallet) as an auditor: on chain through the submitter. */
export async function accreditAuditorAction(_s: FormState, formData: FormData): Promise<FormState> {
  try {
    await apiRequest("/admin/auditors", {
      method: "POST",
      body: { userId: text(formData, "userId") ?? "", displayName: text(formData, "displayName") ?? "" },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/admin");
  return { ok: "Accredited. The accreditation is on its way to the chain." };
}

/** Withdraws an auditor's accreditation (on chain through the submitter). */
export async function withdrawAuditorAction(auditorId: string): Promise<FormState> {
  try {
    await apiRequest(`/admin/auditors/${auditorId}`, { method: "DELETE" });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/admin");
  return undefined;
}
