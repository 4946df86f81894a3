"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { afterWrite } from "./actionFailure";
import { text } from "./formValues";

export async function declareRecallAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return afterWrite(
    api.POST("/orgs/{orgId}/recalls", {
      params: { path: { orgId } },
      body: { lotId, reason: text(formData, "reason") ?? "" },
    }),
    orgPath(orgId, "lots", lotId),
    "Recall declared. The public page shows it now.",
  );
}

export async function liftRecallAction(
  orgId: string,
  recallId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return afterWrite(
    api.POST("/orgs/{orgId}/recalls/{recallId}/lift", {
      params: { path: { orgId, recallId } },
      body: { reason: text(formData, "reason") ?? "" },
    }),
    orgPath(orgId, "recalls"),
    "Recall lifted.",
  );
}
