"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import type { ApiRequestBody } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";
import { afterWrite } from "./actionFailure";

type Disclosure = ApiRequestBody<"/orgs/{orgId}/disclosure", "put">;
/** A part of an event that may be withheld; the API refuses any other name with a problem naming it. */
type Part = Disclosure["withhold"][number];

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
  const parts = (name: string) => formData.getAll(name).map(String) as Part[];
  const byBizStep: Record<string, Part[]> = {};
  for (const step of formData.getAll("own").map(String)) {
    byBizStep[step] = parts(`step:${step}`);
  }
  return afterWrite(
    api.PUT("/orgs/{orgId}/disclosure", {
      params: { path: { orgId } },
      body: {
        withhold: parts("withhold"),
        byBizStep,
        locationLevel: String(formData.get("locationLevel") ?? "country") as Disclosure["locationLevel"],
      },
    }),
    orgPath(orgId, "privacy"),
    "Saved. Consumer pages show the change at once; what was sealed stays verifiable.",
  );
}
