"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { ApiError } from "@/lib/api/ApiError";
import { api } from "@/lib/api/api";
import { type LocationBody, locationFromForm } from "@/lib/locations/locationFromForm";
import { orgPath } from "@/lib/orgPath";

async function saveLocation(
  formData: FormData,
  save: (body: LocationBody) => Promise<unknown>,
): Promise<FormState> {
  const built = locationFromForm(formData);
  if ("error" in built) return built;
  try {
    await save(built.body);
  } catch (error) {
    if (error instanceof ApiError) return { error: error.readable, fieldErrors: error.fieldErrors };
    throw error;
  }
  return undefined;
}

export async function createLocationAction(
  orgId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const failed = await saveLocation(formData, (body) =>
    api.POST("/orgs/{orgId}/locations", { params: { path: { orgId } }, body }),
  );
  if (failed) return failed;
  revalidatePath(orgPath(orgId, "locations"));
  return { ok: "Location added." };
}

export async function updateLocationAction(
  orgId: string,
  locationId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const failed = await saveLocation(formData, (body) =>
    api.PATCH("/orgs/{orgId}/locations/{locationId}", { params: { path: { orgId, locationId } }, body }),
  );
  if (failed) return failed;
  revalidatePath(orgPath(orgId, "locations"));
  return { ok: "Saved." };
}
