import { cbvTerm, parsePartyUri } from "@tracemark/sdk";
import { type EventFieldValues, type Fsma204Field, fsma204AllInputs } from "@/components/forms/EventFields";
import type { Location, QueriedEvent } from "@/lib/api/types";

/**
 * The guided fields' values of a recorded EPCIS event (to correct it): CBV terms without their
 * prefix, the time where it happened, the place among ours, the first quantity, the documents it
 * attaches (so that the corrected event keeps them).
 *
 * @example
 * eventFieldValuesOf(detail.document, locations) // { bizStep: "shipping", eventTime: { value: "2026-04-02T14:00", offset: "+00:00" }, … }
 */
export function eventFieldValuesOf(event: QueriedEvent["event"], places: Location[]): EventFieldValues {
  const offset = event.eventTimeZoneOffset ?? "+00:00";
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  const time = event.eventTime ? Date.parse(event.eventTime) : Number.NaN;
  const place = event.bizLocation?.id ?? event.readPoint?.id;
  const named = place === undefined ? undefined : parsePartyUri(place);
  const ours = named && "locationId" in named ? named.locationId : undefined;
  const gln = named && "gln" in named ? named.gln : undefined;
  const documents = event["tm:documents"];
  const quantity = (event.quantityList as { quantity?: number; uom?: string }[] | undefined)?.[0];
  const fsma204: Partial<Record<Fsma204Field, string>> = {};
  for (const [name] of fsma204AllInputs) {
    const value = (event as Record<string, unknown>)[`fsma:${name}`];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      fsma204[name] = String(value);
  }
  return {
    fsma204,
    bizStep: event.bizStep === undefined ? undefined : cbvTerm("bizStep", event.bizStep),
    disposition: event.disposition === undefined ? undefined : cbvTerm("disposition", event.disposition),
    eventTime: Number.isNaN(time)
      ? undefined
      : { value: new Date(time + minutes * 60_000).toISOString().slice(0, 16), offset },
    locationId: ours ?? places.find((l) => gln && l.gln === gln)?.id,
    quantity: quantity?.quantity === undefined ? undefined : String(quantity.quantity),
    unit: quantity?.uom,
    documents: Array.isArray(documents)
      ? documents.join(" ")
      : typeof documents === "string"
        ? documents
        : undefined,
  };
}
