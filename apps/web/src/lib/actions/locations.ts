"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/forms/ActionForm";
import { ApiError } from "@/lib/api/ApiError";
import { apiRequest } from "@/lib/api/apiRequest";
import { locationFromForm } from "@/lib/locations/locationFromForm";
import { orgPath } from "@/lib/orgPath";

async function saveLocation(path: string, method: "POST" | "PATCH", formData: FormData): Promise<FormState> {
  const built = locationFromForm(formData);
  if ("error" in built) return built;
  try {
    await apiRequest(path, { method, body: built.body });
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
  const failed = await saveLocation(`/orgs/${orgId}/locations`, "POST", formData);
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
  const failed = await saveLocation(`/orgs/${orgId}/locations/${locationId}`, "PATCH", formData);
  if (failed) return failed;
  revalidatePath(orgPath(orgId, "locations"));
  return { ok: "Saved." };
}
