"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/ActionForm";
import { ApiError } from "@/lib/api/ApiError";
import { api, dataOf } from "@/lib/api/api";
import { getLinkChoices } from "@/lib/api/getLinkChoices";
import type { EventVisibility } from "@/lib/api/types";
import { linkProblemWords, packingFromForm, transformationFromForm } from "@/lib/events/linkEventFromForm";
import { type EventBody, simpleEventFromForm } from "@/lib/events/simpleEventFromForm";
import { orgPath } from "@/lib/orgPath";
import { text } from "./formValues";

/** Records one step of the lot's journey from the guided form. */
export async function recordEventAction(
  orgId: string,
  lotId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const built = await simpleEventFromForm(orgId, lotId, formData);
  if ("error" in built) return built;
  try {
    await api.POST("/orgs/{orgId}/events", { params: { path: { orgId } }, body: built.event });
  } catch (error) {
    if (error instanceof ApiError) return { error: error.readable };
    throw error;
  }
  redirect(orgPath(orgId, "lots", lotId));
}

/**
 * Corrects an event the EPCIS way: an error declaration with the supplier's reason and, when its
 * details were wrong (not when it did not happen at all), the corrected event from the guided fields.
 */
export async function correctEventAction(
  orgId: string,
  lotId: string,
  eventId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const errorReason = text(formData, "errorReason") === "did_not_occur" ? "did_not_occur" : "incorrect_data";
  const reason = text(formData, "reason");
  if (!reason) return { error: "Say what was wrong: shoppers and auditors read it." };
  let corrective: EventBody | undefined;
  if (errorReason === "incorrect_data") {
    const built = await simpleEventFromForm(orgId, lotId, formData);
    if ("error" in built) return built;
    corrective = built.event;
  }
  let declaration: { eventHash: string };
  try {
    ({ declaration } = await dataOf(
      api.POST("/orgs/{orgId}/events/{eventId}/corrections", {
        params: { path: { orgId, eventId } },
        body: { errorReason, reason, ...(corrective ? { event: corrective } : {}) },
      }),
    ));
  } catch (error) {
    if (error instanceof ApiError) return { error: error.readable };
    throw error;
  }
  revalidatePath(orgPath(orgId, "lots", lotId));
  redirect(`${orgPath(orgId, "lots", lotId)}#event-${declaration.eventHash}`);
}

/** Changes who sees one of the organisation's events (the API records the change). */
export async function setEventVisibilityAction(
  orgId: string,
  eventId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const visibility = text(formData, "visibility");
  if (!isVisibility(visibility)) return { error: "Choose who sees this step." };
  try {
    await api.PUT("/orgs/{orgId}/events/{eventId}/visibility", {
      params: { path: { orgId, eventId } },
      body: { visibility },
    });
  } catch (error) {
    if (error instanceof ApiError) return { error: error.readable };
    throw error;
  }
  revalidatePath(orgPath(orgId, "events", eventId));
  return { ok: "Saved." };
}

const isVisibility = (value: string | undefined): value is EventVisibility =>
  value === "public" || value === "partners" || value === "private";

/** Records a link between lots from its guided form; opens the lot it is about. */
async function recordLink(
  orgId: string,
  formData: FormData,
  fromForm: typeof transformationFromForm,
): Promise<FormState> {
  // The lots and products the form offered, to read it and to name them in messages.
  const choices = await getLinkChoices(orgId);
  if (!choices.lots.ok) return { error: choices.lots.error };
  if (!choices.products.ok) return { error: choices.products.error };
  const lots = choices.lots.value.items;
  const products = choices.products.value.items;
  const built = fromForm(formData, lots, products);
  if ("error" in built) return built;
  let lotId: string | null;
  try {
    ({ lotId } = await dataOf(
      api.POST("/orgs/{orgId}/events", { params: { path: { orgId } }, body: built.event }),
    ));
  } catch (error) {
    if (error instanceof ApiError) return { error: linkProblemWords(error, lots, products, built.event) };
    throw error;
  }
  revalidatePath(orgPath(orgId, "lots"));
  redirect(lotId ? orgPath(orgId, "lots", lotId) : orgPath(orgId, "lots"));
}

/** Records a transformation (lots in, lots out, new ones made on the way) from its guided form. */
export async function recordTransformationAction(
  orgId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return recordLink(orgId, formData, transformationFromForm);
}

/** Records a packing (lots and serials into an SSCC or a serialised item) from its guided form. */
export async function recordPackingAction(
  orgId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return recordLink(orgId, formData, packingFromForm);
}
