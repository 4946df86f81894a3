"use server";

import type { Role } from "@tracemark/sdk";
import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { afterWrite } from "./actionFailure";
import { choice, text } from "./formValues";

/** The roles a key may have: an organisation has owners only among its people. */
const KEY_ROLES = ["viewer", "operator", "admin"] as const satisfies readonly Role[];

export async function createApiKeyAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return afterWrite(
    api.POST("/orgs/{orgId}/api-keys", {
      params: { path: { orgId } },
      body: { name: text(formData, "name") ?? "", role: choice(formData, "role", KEY_ROLES) ?? "operator" },
    }),
    orgPath(orgId, "api-keys"),
    (created) => `Key created. Copy it now, it is shown only once: ${created.key}`,
  );
}

export async function revokeApiKeyAction(orgId: string, keyId: string): Promise<FormState> {
  return afterWrite(
    api.DELETE("/orgs/{orgId}/api-keys/{keyId}", { params: { path: { orgId, keyId } } }),
    orgPath(orgId, "api-keys"),
    "Key revoked.",
  );
}
