"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/ActionForm";
import { apiRequest } from "@/lib/api/apiRequest";
import { orgPath } from "@/lib/orgPath";
import { actionFailure } from "./actionFailure";
import { text } from "./formValues";

/** Gives a member another role (`PUT /orgs/:orgId/members/:userId`); the API enforces who may. */
export async function changeMemberRoleAction(
  orgId: string,
  userId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const role = text(formData, "role");
  try {
    await apiRequest(`/orgs/${orgId}/members/${userId}`, { method: "PUT", body: { role } });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "team"));
  return { ok: `Now ${role}.` };
}

/** Removes a member; removing yourself leaves the organisation, so you go back to the dashboard. */
export async function removeMemberAction(orgId: string, userId: string, self: boolean): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/members/${userId}`, { method: "DELETE" });
  } catch (error) {
    return actionFailure(error);
  }
  if (self) redirect("/dashboard");
  revalidatePath(orgPath(orgId, "team"));
  return { ok: "Removed." };
}

/** Withdraws an invitation not yet accepted (`DELETE /orgs/:orgId/invitations/:invitationId`). */
export async function withdrawInvitationAction(orgId: string, invitationId: string): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/invitations/${invitationId}`, { method: "DELETE" });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "team"));
  return { ok: "Withdrawn." };
}
