"use server";

import { withholdableFieldGroups } from "@tracemark/sdk";
import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import type { ApiRequestBody } from "@/lib/api/types";
import { locationLevels } from "@/lib/disclosure/locationLevels";
import { allOf, oneOf } from "@/lib/oneOf";
import { orgPath } from "@/lib/orgPath";
import { afterWrite } from "./actionFailure";
import { text } from "./formValues";

type Disclosure = ApiRequestBody<"/orgs/{orgId}/disclosure", "put">;

/**
 * Saves what the organisation's public events withhold: the `withhold` checkboxes for every event,
 * and for each business step marked `own:<step>`, its `step:<step>` checkboxes instead; and
 * `locationLevel`, where a step whose exact location is withheld is still placed.
 */
export async function saveDisclosureAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const parts = (name: string) =>
    allOf(formData.getAll(name).map(String), withholdableFieldGroups, "a field group");
  const withhold = parts("withhold");
  if (withhold.error !== undefined) return { error: withhold.error };
  const byBizStep: Disclosure["byBizStep"] = {};
  for (const step of formData.getAll("own").map(String)) {
    const ofStep = parts(`step:${step}`);
    if (ofStep.error !== undefined) return { error: ofStep.error };
    byBizStep[step] = ofStep.value;
  }
  const locationLevel = oneOf(
    text(formData, "locationLevel") ?? "country",
    locationLevels,
    "a location level",
  );
  if (locationLevel.error !== undefined) return { error: locationLevel.error };
  return afterWrite(
    api.PUT("/orgs/{orgId}/disclosure", {
      params: { path: { orgId } },
      body: { withhold: withhold.value, byBizStep, locationLevel: locationLevel.value },
    }),
    orgPath(orgId, "privacy"),
    "Saved. Consumer pages show the change at once; what was sealed stays verifiable.",
  );
}
