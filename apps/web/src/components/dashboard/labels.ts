/** Words for CBV values, anchoring states and roles, shared by the dashboard's pages. */

import { fsma204BizSteps, cbvLabel as labelOfCbvValue } from "@tracemark/sdk";
import type { Role } from "@/lib/api/types";

const fsma204StepLabels: Record<string, string> = {
  [fsma204BizSteps.harvesting]: "Harvesting",
  [fsma204BizSteps.cooling]: "Cooling",
  [fsma204BizSteps.initialPacking]: "Initial packing",
  [fsma204BizSteps.firstLandBasedReceiving]: "First land-based receiving",
};

/** "urn:epcglobal:cbv:bizstep:shipping" or "shipping" → "Shipping"; another vocabulary's URI → its last segment. */
export function cbvLabel(value: string | null | undefined): string {
  if (!value) return "—";
  const fsma = fsma204StepLabels[value];
  if (fsma) return fsma;
  return labelOfCbvValue(["bizStep", "disposition"], value);
}

export const anchorTone = {
  pending: "degraded",
  submitted: "degraded",
  anchored: "ok",
  final: "ok",
  failed: "down",
} as const;
export const anchorWords = {
  pending: "Pending",
  submitted: "Submitted",
  anchored: "Anchored",
  final: "Final",
  failed: "Anchoring failed",
} as const;

/** The CBV business steps the guided form offers first, in the order a journey meets them. */
export const commonBizSteps = [
  [fsma204BizSteps.harvesting, "Harvesting"],
  [fsma204BizSteps.cooling, "Cooling (before initial packing)"],
  [fsma204BizSteps.initialPacking, "Initial packing (assigns the lot code)"],
  [fsma204BizSteps.firstLandBasedReceiving, "First land-based receiving (from a fishing vessel)"],
  ["commissioning", "Commissioning (produced, labelled)"],
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

/** A role's name, where space is short (a member's row). */
export const roleNames: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  operator: "Operator",
  viewer: "Viewer",
};

/** A role and what it may do, as the invitation form offers it. */
export const roleLabels: Record<Role, string> = {
  owner: "Owner (everything, ownership)",
  admin: "Admin (team, keys, recalls)",
  operator: "Operator (record events)",
  viewer: "Viewer (read)",
};

/** An organisation's admission, in words. */
export const orgStatusWords = {
  pending: "Waiting for admission",
  active: "Admitted",
  suspended: "Suspended",
} as const;

/** What an EPCIS event's action did to the things it names, in words (ADD, OBSERVE, DELETE). */
export const actionWords: Record<string, string> = {
  ADD: "Added",
  OBSERVE: "Observed",
  DELETE: "Ended",
};

/** Who sees an event, in words. */
export const visibilityWords = {
  public: "Public",
  partners: "Partners only",
  private: "Private",
} as const;

/** What each visibility means, for the forms. */
export const visibilityMeaning = {
  public: "Everyone: shoppers see it on the public page.",
  partners:
    "The companies this lot passes through and the auditors asked about it; shoppers see only that a step happened.",
  private: "Only your organisation; shoppers and partners see only that a step happened.",
} as const;
