"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/ActionForm";
import { apiRequest } from "@/lib/api/apiRequest";
import type { ApiKey, Lot, Organization, Product } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";
import { actionFailure } from "./actionFailure";
import { nullable, text, texts } from "./formValues";

const imageUrls = (formData: FormData) => texts(formData, "imageUrls");

export async function createOrganizationAction(_s: FormState, formData: FormData): Promise<FormState> {
  let org: Organization;
  try {
    org = await apiRequest<Organization>("/orgs", {
      method: "POST",
      body: { name: text(formData, "name") ?? "", gln: text(formData, "gln") },
    });
  } catch (error) {
    return actionFailure(error);
  }
  redirect(orgPath(org.id));
}

export async function createProductAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  let product: Product;
  try {
    product = await apiRequest<Product>(`/orgs/${orgId}/products`, {
      method: "POST",
      body: { gtin: text(formData, "gtin") ?? "", ...productFields(formData) },
    });
  } catch (error) {
    return actionFailure(error);
  }
  redirect(orgPath(orgId, "products", product.id));
}

/** What the product form edits (the GTIN is set once, at registration). */
function productFields(formData: FormData) {
  return {
    name: text(formData, "name") ?? "",
    description: nullable(formData, "description"),
    category: nullable(formData, "category"),
    commodity: nullable(formData, "commodity"),
    variety: nullable(formData, "variety"),
    imageUrls: imageUrls(formData),
  };
}

export async function updateProductAction(
  orgId: string,
  productId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await apiRequest<Product>(`/orgs/${orgId}/products/${productId}`, {
      method: "PATCH",
      body: productFields(formData),
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "products", productId));
  return { ok: "Saved." };
}

export async function createLotAction(
  orgId: string,
  productId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  let lot: Lot;
  try {
    lot = await apiRequest<Lot>(`/orgs/${orgId}/products/${productId}/lots`, {
      method: "POST",
      body: {
        lotCode: text(formData, "lotCode") ?? "",
        productionDate: text(formData, "productionDate"),
        expiryDate: text(formData, "expiryDate"),
        quantity: text(formData, "quantity"),
        unit: text(formData, "unit"),
      },
    });
  } catch (error) {
    return actionFailure(error);
  }
  redirect(orgPath(orgId, "lots", lot.id));
}

export async function updateLotAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await apiRequest<Lot>(`/orgs/${orgId}/lots/${lotId}`, {
      method: "PATCH",
      body: {
        productionDate: nullable(formData, "productionDate"),
        expiryDate: nullable(formData, "expiryDate"),
        quantity: nullable(formData, "quantity"),
        unit: nullable(formData, "unit"),
      },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "lots", lotId));
  return { ok: "Saved." };
}

export async function createSerialsAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const from = Number(text(formData, "from"));
  const to = Number(text(formData, "to"));
  try {
    const created = await apiRequest<{ count: number; first: string; last: string }>(
      `/orgs/${orgId}/lots/${lotId}/serials`,
      { method: "POST", body: { range: { prefix: text(formData, "prefix"), from, to } } },
    );
    revalidatePath(orgPath(orgId, "lots", lotId));
    return { ok: `Registered ${created.count} serials, ${created.first} to ${created.last}.` };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function declareRecallAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/recalls`, {
      method: "POST",
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
    await apiRequest(`/orgs/${orgId}/recalls/${recallId}/lift`, {
      method: "POST",
      body: { reason: text(formData, "reason") ?? "" },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "recalls"));
  return { ok: "Recall lifted." };
}

export async function inviteMemberAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/invitations`, {
      method: "POST",
      body: {
        walletAddress: text(formData, "walletAddress") ?? "",
        role: text(formData, "role") ?? "viewer",
      },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "team"));
  return { ok: "Invitation sent. It appears for that wallet when its owner signs in." };
}

/** Invites an email address: the API mails it a single-use link that works for 7 days. */
export async function inviteByEmailAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const email = text(formData, "email") ?? "";
  try {
    await apiRequest(`/orgs/${orgId}/invitations`, {
      method: "POST",
      body: { email, role: text(formData, "role") ?? "viewer" },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "team"));
  return { ok: `Invitation mailed to ${email}. Its link works once, for 7 days.` };
}

/** Accepts an invitation with the token of its emailed link, then opens the organisation. */
export async function acceptInvitationByTokenAction(token: string): Promise<FormState> {
  let accepted: { organizationId: string };
  try {
    accepted = await apiRequest<{ organizationId: string }>("/invitations/accept", {
      method: "POST",
      body: { token },
    });
  } catch (error) {
    return actionFailure(error);
  }
  redirect(orgPath(accepted.organizationId));
}

export async function createApiKeyAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const created = await apiRequest<ApiKey & { secret?: string; key?: string; token?: string }>(
      `/orgs/${orgId}/api-keys`,
      {
        method: "POST",
        body: { name: text(formData, "name") ?? "", role: text(formData, "role") ?? "operator" },
      },
    );
    revalidatePath(orgPath(orgId, "api-keys"));
    const secret = created.secret ?? created.key ?? created.token;
    return { ok: `Key created. Copy it now, it is shown only once: ${secret ?? "(not returned)"}` };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function revokeApiKeyAction(orgId: string, keyId: string): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/api-keys/${keyId}`, { method: "DELETE" });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "api-keys"));
  return { ok: "Key revoked." };
}

export async function createWebhookAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const created = await apiRequest<{ secret?: string }>(`/orgs/${orgId}/webhooks`, {
      method: "POST",
      body: { url: text(formData, "url") ?? "", events: formData.getAll("events").map(String) },
    });
    revalidatePath(orgPath(orgId, "webhooks"));
    return {
      ok: created?.secret
        ? `Webhook added. Its signing secret (shown once): ${created.secret}`
        : "Webhook added.",
    };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function requestAuditAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/audit-requests`, {
      method: "POST",
      body: { lotId, auditorId: text(formData, "auditorId") ?? "", note: text(formData, "note") },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "lots", lotId));
  return { ok: "The auditor can now inspect this lot and sign an attestation." };
}

export async function receiveTransferAction(orgId: string, transferId: string): Promise<FormState> {
  try {
    await apiRequest(`/orgs/${orgId}/transfers/${transferId}/receive`, { method: "POST", body: {} });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId));
  return { ok: "Received: the receiving event is recorded." };
}

export async function acceptInvitationAction(invitationId: string): Promise<FormState> {
  let accepted: { organizationId: string };
  try {
    accepted = await apiRequest<{ organizationId: string }>(`/invitations/${invitationId}/accept`, {
      method: "POST",
      body: {},
    });
  } catch (error) {
    return actionFailure(error);
  }
  redirect(orgPath(accepted.organizationId));
}

/** Sets the organisation's visibility defaults: overall, and per business step (`step:<bizStep>` fields). */
export async function setVisibilitySettingsAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const choices = ["public", "partners", "private"];
  const bizStepVisibility = Object.fromEntries(
    [...formData.entries()].flatMap(([name, value]) =>
      name.startsWith("step:") && typeof value === "string" && choices.includes(value)
        ? [[name.slice("step:".length), value]]
        : [],
    ),
  );
  try {
    await apiRequest(`/orgs/${orgId}/visibility`, {
      method: "PUT",
      body: { defaultVisibility: text(formData, "defaultVisibility") ?? "public", bizStepVisibility },
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(orgPath(orgId, "privacy"));
  return { ok: "Saved." };
}
