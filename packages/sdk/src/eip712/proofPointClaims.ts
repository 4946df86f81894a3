/** The claims a proof point can make, by code, with the words that name them. `other` takes its words from the detail. */
export const proofPointClaims = {
  organic: "Organic",
  fair_trade: "Fair trade",
  cold_chain_kept: "Cold chain kept",
  non_gmo: "Non-GMO",
  sustainably_sourced: "Sustainably sourced",
  animal_welfare: "Animal welfare",
  halal: "Halal",
  kosher: "Kosher",
  other: "Other",
} as const;

export type ProofPointClaim = keyof typeof proofPointClaims;

export type FormatProofPointClaimParameters = {
  claim: ProofPointClaim;
  /** The standard, the certificate, or (for `other`) the claim itself. */
  detail?: string | null | undefined;
};

/**
 * The claim string a proof point's attestation carries (the audit schema's `claim`): the claim's
 * words, then its detail after a colon; for `other`, the detail alone. Both the auditor's page and
 * the API build it here, so what is signed is what was requested.
 *
 * @example
 * formatProofPointClaim({ claim: "organic", detail: "EU 2018/848" }) // "Organic: EU 2018/848"
 */
export function formatProofPointClaim({ claim, detail }: FormatProofPointClaimParameters): string {
  const trimmed = detail?.trim() ?? "";
  if (claim === "other") return trimmed;
  return trimmed ? `${proofPointClaims[claim]}: ${trimmed}` : proofPointClaims[claim];
}
