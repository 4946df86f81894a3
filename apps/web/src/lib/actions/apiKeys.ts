"use server";

import type { Role } from "@tracemark/sdk";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { api, dataOf } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { actionFailure, afterWrite } from "./actionFailure";
import { choice, text } from "./formValues";

/** The roles a key may have: an organisation has owners only among its people. */
const KEY_ROLES = ["viewer", "operator", "admin"] as const satisfies readonly Role[];

export async function createApiKeyAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const created = await dataOf(
      api.POST("/orgs/{orgId}/api-keys", {
        params: { path: { orgId } },
        body: { name: text(formData, "name") ?? "", role: choice(formData, "role", KEY_ROLES) ?? "operator" },
      }),
    );
    revalidatePath(orgPath(orgId, "api-keys"));
    return { ok: `Key created. Copy it now, it is shown only once: ${created.key}` };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function revokeApiKeyAction(orgId: string, keyId: string): Promise<FormState> {
  return afterWrite(
    api.DELETE("/orgs/{orgId}/api-keys/{keyId}", { params: { path: { orgId, keyId } } }),
    orgPath(orgId, "api-keys"),
    "Key revoked.",
  );
}
