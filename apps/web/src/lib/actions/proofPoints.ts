"use server";

import { type ProofPointClaim, proofPointClaims } from "@tracemark/sdk";
import type { FormState } from "@/components/forms/ActionForm";
import { ApiError } from "@/lib/api/ApiError";
import { api } from "@/lib/api/api";
import { uploadDocument } from "@/lib/api/uploadDocument";
import { orgPath } from "@/lib/orgPath";
import { afterWrite } from "./actionFailure";
import { text } from "./formValues";

/** One of the claims a proof point can make (the SDK's, which the API takes). */
function isProofPointClaim(value: string | undefined): value is ProofPointClaim {
  return value !== undefined && Object.hasOwn(proofPointClaims, value);
}

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
  const claim = text(formData, "claim");
  if (!isProofPointClaim(claim)) return { error: "Choose one of the claims offered." };
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
        claim,
        claimDetail: text(formData, "claimDetail"),
        validUntil: validUntil ? `${validUntil}T23:59:59Z` : undefined,
        evidence,
      },
    }),
    orgPath(orgId, "lots", lotId),
    "Requested: the auditor can now read the claim and its evidence, and attest it.",
  );
}
