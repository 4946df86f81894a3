"use server";

import { ROLES } from "@tracemark/sdk";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { actionFailure, afterWrite, openAfterWrite } from "./actionFailure";
import { choice, text } from "./formValues";

/** Invites a wallet: the invitation appears for it when its owner signs in. */
export async function inviteMemberAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return afterWrite(
    api.POST("/orgs/{orgId}/invitations", {
      params: { path: { orgId } },
      body: {
        walletAddress: text(formData, "walletAddress") ?? "",
        role: choice(formData, "role", ROLES) ?? "viewer",
      },
    }),
    orgPath(orgId, "team"),
    "Invitation sent. It appears for that wallet when its owner signs in.",
  );
}

/** Invites an email address: the API mails it a single-use link that works for 7 days. */
export async function inviteByEmailAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const email = text(formData, "email") ?? "";
  return afterWrite(
    api.POST("/orgs/{orgId}/invitations", {
      params: { path: { orgId } },
      body: { email, role: choice(formData, "role", ROLES) ?? "viewer" },
    }),
    orgPath(orgId, "team"),
    `Invitation mailed to ${email}. Its link works once, for 7 days.`,
  );
}

/** Withdraws an invitation not yet accepted (`DELETE /orgs/:orgId/invitations/:invitationId`). */
export async function withdrawInvitationAction(orgId: string, invitationId: string): Promise<FormState> {
  return afterWrite(
    api.DELETE("/orgs/{orgId}/invitations/{invitationId}", {
      params: { path: { orgId, invitationId } },
    }),
    orgPath(orgId, "team"),
    "Withdrawn.",
  );
}

/** Accepts an invitation with the token of its emailed link, then opens the organisation. */
export async function acceptInvitationByTokenAction(token: string): Promise<FormState> {
  return openAfterWrite(api.POST("/invitations/accept", { body: { token } }), ({ organizationId }) =>
    orgPath(organizationId),
  );
}

/** Accepts an invitation to the signed-in wallet, then opens the organisation. */
export async function acceptInvitationAction(invitationId: string): Promise<FormState> {
  return openAfterWrite(
    api.POST("/invitations/{invitationId}/accept", { params: { path: { invitationId } } }),
    ({ organizationId }) => orgPath(organizationId),
  );
}

/** Gives a member another role (`PUT /orgs/:orgId/members/:userId`); the API enforces who may. */
export async function changeMemberRoleAction(
  orgId: string,
  userId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const role = choice(formData, "role", ROLES);
  if (!role) return { error: "Choose one of the roles." };
  return afterWrite(
    api.PUT("/orgs/{orgId}/members/{userId}", { params: { path: { orgId, userId } }, body: { role } }),
    orgPath(orgId, "team"),
    `Now ${role}.`,
  );
}

/** Removes a member; removing yourself leaves the organisation, so you go back to the dashboard. */
export async function removeMemberAction(orgId: string, userId: string, self: boolean): Promise<FormState> {
  try {
    await api.DELETE("/orgs/{orgId}/members/{userId}", { params: { path: { orgId, userId } } });
  } catch (error) {
    return actionFailure(error);
  }
  if (self) redirect("/dashboard");
  revalidatePath(orgPath(orgId, "team"));
  return { ok: "Removed." };
}
