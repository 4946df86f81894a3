/** Words for CBV values and anchoring states, shared by the dashboard's pages. */

/** "urn:epcglobal:cbv:bizstep:shipping" or "shipping" → "Shipping". */
export function cbvLabel(value: string | null | undefined): string {
  if (!value) return "—";
  const term = value.replace(
    /^(urn:epcglobal:cbv:(bizstep|disp):|https:\/\/ref\.gs1\.org\/cbv\/(BizStep|Disp)-|cbv:(BizStep|Disp)-)/,
    "",
  );
  const words = term.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const anchorTone = {
  pending: "degraded",
  submitted: "degraded",
  anchored: "ok",
  final: "ok",
} as const;
export const anchorWords = {
  pending: "Pending",
  submitted: "Submitted",
  anchored: "Anchored",
  final: "Final",
} as const;

/** The CBV business steps the guided form offers first, in the order a journey meets them. */
export const commonBizSteps = [
  ["commissioning", "Commissioning (harvested, produced, labelled)"],
  ["inspecting", "Inspecting"],
  ["packing", "Packing"],
  ["storing", "Storing"],
  ["shipping", "Shipping"],
  ["receiving", "Receiving (from another company)"],
  ["transporting", "Transporting"],
  ["retail_selling", "Retail selling"],
  ["destroying", "Destroying"],
] as const;

export const commonDispositions = [
  ["active", "Active"],
  ["in_progress", "In progress"],
  ["in_transit", "In transit"],
  ["sellable_accessible", "Sellable"],
  ["container_closed", "Container closed"],
  ["damaged", "Damaged"],
  ["recalled", "Recalled"],
] as const;
