"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { afterWrite } from "./actionFailure";
import { text } from "./formValues";

/** Asks an auditor to inspect a lot (`POST /orgs/:orgId/audit-requests`). */
export async function requestAuditAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return afterWrite(
    api.POST("/orgs/{orgId}/audit-requests", {
      params: { path: { orgId } },
      body: { lotId, auditorId: text(formData, "auditorId") ?? "", note: text(formData, "note") },
    }),
    orgPath(orgId, "lots", lotId),
    "The auditor can now inspect this lot and sign an attestation.",
  );
}
