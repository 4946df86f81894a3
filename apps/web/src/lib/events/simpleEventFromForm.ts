import "server-only";
import { fsma204BizSteps } from "@tracemark/sdk";
import { fsma204AllInputs } from "@/components/forms/EventFields";
import { text } from "@/lib/actions/formValues";
import { ApiError } from "@/lib/api/ApiError";
import type { ApiRequestBody, EventVisibility } from "@/lib/api/types";
import { uploadDocument } from "@/lib/api/uploadDocument";

/** The API's simple event form, as `POST /orgs/:orgId/events` takes it. */
export type EventBody = ApiRequestBody<"/orgs/{orgId}/events", "post">;

export type SimpleEventFromFormReturnType = { event: EventBody } | { error: string };

/** Who may see an event, as the form offers it; anything else leaves the organisation's default. */
const visibilities = ["public", "partners", "private"] as const satisfies readonly EventVisibility[];

/**
 * Builds the API's simple event form from the guided event fields (`EventFields`): what (the lot, a
 * quantity), why (the business step and disposition), where (a location), when (local time with its
 * offset), who sees it (else the organisation's default), from and to whom (GLNs, one of our
 * locations), reference documents, readings (a temperature), documents and the FSMA 204 details
 * (`fsma204`). Files chosen in the form
 * are uploaded first (stored by their SHA-256), then attached.
 *
 * @example
 * const built = await simpleEventFromForm(orgId, lotId, formData);
 * if ("error" in built) return built;
 */
export async function simpleEventFromForm(
  orgId: string,
  lotId: string,
  formData: FormData,
): Promise<SimpleEventFromFormReturnType> {
  const bizStep = text(formData, "bizStep") ?? "inspecting";
  const offset = text(formData, "eventTimeOffset") ?? "+00:00";
  const local = text(formData, "eventTime");
  if (!local) return { error: "Give the date and time of the step." };
  const quantity = text(formData, "quantity");
  const unit = text(formData, "unit");
  const location = text(formData, "locationId");
  const sourceGln = text(formData, "sourceGln");
  const destinationGln = text(formData, "destinationGln");
  const temperature = text(formData, "temperature");
  const chosen = text(formData, "visibility");
  const visibility = visibilities.find((v) => v === chosen);
  const destinationLocationId = text(formData, "destinationLocationId");
  const referenceType = text(formData, "referenceType");
  const referenceNumber = text(formData, "referenceNumber");
  if (referenceType && !referenceNumber) return { error: "Give the reference document's number." };
  const fsma204: Record<string, string | number | boolean> = {};
  for (const [name, label, type] of fsma204AllInputs) {
    const value = text(formData, `fsma204.${name}`);
    if (value === undefined) continue;
    if (type === "decimal" && !(Number(value) >= 0))
      return { error: `${label} must be a number, 0 or more.` };
    fsma204[name] = type === "decimal" ? Number(value) : type === "checkbox" ? value === "true" : value;
  }
  if (quantity !== undefined && !(Number(quantity) >= 0))
    return { error: "Quantity must be a number, 0 or more." };
  if (temperature !== undefined && Number.isNaN(Number(temperature)))
    return { error: "Temperature must be a number." };
  const documents = (text(formData, "documents") ?? "")
    .split(/[\s,]+/)
    .map((d) => d.toLowerCase())
    .filter(Boolean);
  try {
    for (const file of formData.getAll("files")) {
      if (!(file instanceof File) || file.size === 0) continue;
      documents.push(await uploadDocument(orgId, file));
    }
  } catch (error) {
    if (error instanceof ApiError) return { error: `The document could not be uploaded: ${error.readable}` };
    throw error;
  }
  return {
    event: {
      type: "object",
      // These steps bring the lot into being (and assign its traceability lot code).
      action: [
        "commissioning",
        fsma204BizSteps.initialPacking,
        fsma204BizSteps.firstLandBasedReceiving,
      ].includes(bizStep)
        ? ("ADD" as const)
        : ("OBSERVE" as const),
      bizStep,
      disposition: text(formData, "disposition"),
      eventTime: `${local.length === 16 ? `${local}:00` : local}.000${offset}`,
      eventTimeZoneOffset: offset,
      lot: { id: lotId },
      ...(quantity !== undefined ? { quantity: { value: Number(quantity), ...(unit ? { unit } : {}) } } : {}),
      ...(location ? { bizLocation: { locationId: location }, readPoint: { locationId: location } } : {}),
      ...(sourceGln ? { sources: [{ type: "owning_party" as const, gln: sourceGln }] } : {}),
      ...(destinationGln || destinationLocationId
        ? {
            destinations: [
              ...(destinationLocationId
                ? [{ type: "location" as const, locationId: destinationLocationId }]
                : []),
              ...(destinationGln ? [{ type: "owning_party" as const, gln: destinationGln }] : []),
            ],
          }
        : {}),
      ...(referenceType && referenceNumber
        ? {
            bizTransactions: [
              { type: referenceType, id: `urn:tracemark:bt:${encodeURIComponent(referenceNumber)}` },
            ],
          }
        : {}),
      ...(Object.keys(fsma204).length > 0 ? { fsma204 } : {}),
      ...(temperature !== undefined
        ? {
            sensorElementList: [
              { sensorReport: [{ type: "gs1:Temperature", value: Number(temperature), uom: "CEL" }] },
            ],
          }
        : {}),
      ...(documents.length > 0 ? { documents } : {}),
      ...(visibility ? { visibility } : {}),
    },
  };
}
