"use server";

import type { FormState } from "@/components/forms/ActionForm";
import { api } from "@/lib/api/api";
import { orgPath } from "@/lib/orgPath";
import { afterWrite, openAfterWrite } from "./actionFailure";
import { choice, text } from "./formValues";

const VISIBILITIES = ["public", "partners", "private"] as const;

export async function createOrganizationAction(_s: FormState, formData: FormData): Promise<FormState> {
  return openAfterWrite(
    api.POST("/orgs", { body: { name: text(formData, "name") ?? "", gln: text(formData, "gln") } }),
    ({ id }) => orgPath(id),
  );
}

/** Sets the organisation's visibility defaults: overall, and per business step (`step:<bizStep>` fields). */
export async function setVisibilitySettingsAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const bizStepVisibility = Object.fromEntries(
    [...formData.entries()].flatMap(([name, value]) => {
      const visibility = VISIBILITIES.find((v) => v === value);
      return name.startsWith("step:") && visibility ? [[name.slice("step:".length), visibility]] : [];
    }),
  );
  return afterWrite(
    api.PUT("/orgs/{orgId}/visibility", {
      params: { path: { orgId } },
      body: {
        defaultVisibility: choice(formData, "defaultVisibility", VISIBILITIES) ?? "public",
        bizStepVisibility,
      },
    }),
    orgPath(orgId, "privacy"),
    "Saved.",
  );
}
