import { commonBizSteps, commonDispositions, visibilityMeaning } from "@/components/dashboard/labels";
import type { Location } from "@/lib/api/types";
import { LocalDateTimeInput } from "./LocalDateTimeInput";
import { PlaceSelect } from "./PlaceSelect";

/** What the guided fields start with (an event being corrected); empty for a new event. */
export type EventFieldValues = {
  bizStep?: string | undefined;
  disposition?: string | undefined;
  /** Local date and time where it happened, and that place's offset. */
  eventTime?: { value: string; offset: string } | undefined;
  locationId?: string | undefined;
  quantity?: string | undefined;
  unit?: string | undefined;
  /** SHA-256 of documents already uploaded, separated by spaces. */
  documents?: string | undefined;
};

export type EventFieldsProps = {
  orgId: string;
  places: Location[];
  initial?: EventFieldValues;
};

/**
 * The fields of one step of a lot's journey, as `simpleEventFromForm` reads them: business step,
 * disposition, time, who sees it, place, quantity, and (folded) parties, a temperature reading and documents.
 */
export function EventFields({ orgId, places, initial = {} }: EventFieldsProps) {
  const bizSteps: readonly (readonly [string, string])[] =
    initial.bizStep && !commonBizSteps.some(([value]) => value === initial.bizStep)
      ? [...commonBizSteps, [initial.bizStep, initial.bizStep]]
      : commonBizSteps;
  const dispositions: readonly (readonly [string, string])[] =
    initial.disposition && !commonDispositions.some(([value]) => value === initial.disposition)
      ? [...commonDispositions, [initial.disposition, initial.disposition]]
      : commonDispositions;
  return (
    <>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="visually-hidden">What happened</legend>
        <div className="grid-2">
          <label className="field">
            <span>Business step</span>
            <select className="input" name="bizStep" defaultValue={initial.bizStep ?? "shipping"}>
              {bizSteps.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Disposition (state afterwards)</span>
            <select className="input" name="disposition" defaultValue={initial.disposition ?? ""}>
              <option value="">Not stated</option>
              {dispositions.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <LocalDateTimeInput name="eventTime" label="When" initial={initial.eventTime} />
          <label className="field">
            <span>Who sees this step</span>
            <select className="input" name="visibility" defaultValue="">
              <option value="">Your organisation's default for this step</option>
              <option value="public">Public — {visibilityMeaning.public}</option>
              <option value="partners">Partners only — {visibilityMeaning.partners}</option>
              <option value="private">Private — {visibilityMeaning.private}</option>
            </select>
          </label>
          <PlaceSelect orgId={orgId} places={places} initial={initial.locationId} />
          <label className="field">
            <span>Quantity</span>
            <input className="input" name="quantity" inputMode="decimal" defaultValue={initial.quantity} />
          </label>
          <label className="field">
            <span>Unit</span>
            <input
              className="input"
              name="unit"
              placeholder="KGM, LTR, EA"
              maxLength={10}
              defaultValue={initial.unit}
            />
          </label>
        </div>
      </fieldset>
      <details>
        <summary>Receiving, shipping, readings and documents</summary>
        <div className="grid-2" style={{ marginTop: "var(--space-4)" }}>
          <label className="field">
            <span>Received from (GLN)</span>
            <input className="input" name="sourceGln" inputMode="numeric" pattern="\d{13}" />
            <small>For “Receiving”: the 13-digit GLN of the company that shipped it.</small>
          </label>
          <label className="field">
            <span>Shipped to (GLN)</span>
            <input className="input" name="destinationGln" inputMode="numeric" pattern="\d{13}" />
          </label>
          <label className="field">
            <span>Temperature (°C)</span>
            <input className="input" name="temperature" inputMode="decimal" />
          </label>
          <label className="field">
            <span>Attach documents</span>
            <input className="input" type="file" name="files" multiple />
            <small>
              Certificates, delivery notes, lab reports: kept private, their hash is part of the event.
            </small>
          </label>
          <label className="field">
            <span>…or SHA-256 of documents already uploaded</span>
            <input className="input" name="documents" defaultValue={initial.documents} />
          </label>
        </div>
      </details>
    </>
  );
}
