"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { ApiError } from "@/lib/api/ApiError";
import { api } from "@/lib/api/api";
import type { ApiRequestBody } from "@/lib/api/types";
import { uploadDocument } from "@/lib/api/uploadDocument";
import { orgPath } from "@/lib/orgPath";
import { afterWrite } from "./actionFailure";
import { text } from "./formValues";

type ProofPointBody = ApiRequestBody<"/orgs/{orgId}/proof-points", "post">;

/**
 * Uploads the evidence files (those under `publicEvidence` marked public: shoppers may download
 * them once attested) and asks the chosen auditor to attest the claim about the lot.
 */
export async function requestProofPointAction(
  orgId: string,
  lotId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const evidence: { sha256: string; public: boolean }[] = [];
  try {
    for (const [field, isPublic] of [
      ["publicEvidence", true],
      ["privateEvidence", false],
    ] as const) {
      for (const file of formData.getAll(field)) {
        if (!(file instanceof File) || file.size === 0) continue;
        evidence.push({ sha256: await uploadDocument(orgId, file), public: isPublic });
      }
    }
  } catch (error) {
    if (error instanceof ApiError) return { error: `The document could not be uploaded: ${error.readable}` };
    throw error;
  }
  if (evidence.length === 0) return { error: "Attach at least one evidence document." };
  const validUntil = text(formData, "validUntil");
  return afterWrite(
    api.POST("/orgs/{orgId}/proof-points", {
      params: { path: { orgId } },
      body: {
        lotId,
        auditorId: text(formData, "auditorId") ?? "",
        // As chosen: the API refuses any other claim than its own with a 400 naming it.
        claim: (text(formData, "claim") ?? "") as ProofPointBody["claim"],
        claimDetail: text(formData, "claimDetail"),
        validUntil: validUntil ? `${validUntil}T23:59:59Z` : undefined,
        evidence,
      },
    }),
    orgPath(orgId, "lots", lotId),
    "Requested: the auditor can now read the claim and its evidence, and attest it.",
  );
}
