import { commonBizSteps, commonDispositions, visibilityMeaning } from "@/components/dashboard/labels";
import type { Location } from "@/lib/api/types";
import { Field } from "./Field";
import { LocalDateTimeInput } from "./LocalDateTimeInput";
import { PlaceSelect } from "./PlaceSelect";
import { SelectField } from "./SelectField";

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
  /** FSMA 204 key data elements the event carries (`fsma:` fields), by name. */
  fsma204?: Partial<Record<Fsma204Field, string>> | undefined;
};

/** The FSMA 204 KDE inputs of the guided form: the API's `fsma204` fields, as labelled here. */
export const fsma204Inputs = [
  ["commodity", "Commodity (or species)", "text", "Romaine lettuce"],
  ["variety", "Variety", "text", "Green Forest"],
  ["fieldName", "Field or growing area", "text", "Block 12"],
  ["containerName", "Aquaculture container (pond, tank, cage)", "text", ""],
  ["harvesterBusinessName", "Harvester business name", "text", ""],
  ["harvesterPhone", "Harvester phone", "tel", "+1 831 555 0100"],
  ["harvestLocation", "Harvest farm (name, address, phone)", "text", ""],
  ["harvestDate", "Harvest date", "date", ""],
  ["harvestEndDate", "Harvest end date (fishing trip)", "date", ""],
  ["fishingArea", "Fishing area (FAO area, NMFS code or coordinates)", "text", "FAO Major Fishing Area 77"],
  ["coolingLocation", "Cooling site (name, address, phone)", "text", ""],
  ["coolingDate", "Cooling date", "date", ""],
  ["receivedDate", "Date received (initial packing)", "date", ""],
  ["receivedQuantity", "Amount received", "decimal", ""],
  ["receivedUnit", "Measure received (KGM, LBR, CA)", "text", "KGM"],
  ["tlcSourceReference", "Lot code source reference (e.g. FDA registration number)", "text", ""],
  [
    "sourceExempt",
    "Received from a business the rule does not apply to (you assign the lot code)",
    "checkbox",
    "",
  ],
] as const;

/** The seeds of sprouts an initial packer also records (21 CFR 1.1330(b)), offered when the product is sprouts. */
export const fsma204SeedInputs = [
  ["seedGrowerLocation", "Seed grower (name, address, phone)", "text", ""],
  ["seedHarvestDate", "Seed harvest date", "date", ""],
  ["seedConditionerLocation", "Seed conditioner or processor (name, address, phone)", "text", ""],
  ["seedConditionerLotCode", "Conditioner's seed lot code", "text", ""],
  ["seedConditioningDate", "Date of conditioning or processing", "date", ""],
  ["seedPackinghouseLocation", "Seed packinghouse (name, address, phone)", "text", ""],
  ["seedPackingDate", "Seed packing (or repacking) date", "date", ""],
  ["seedPackinghouseLotCode", "Packinghouse's seed lot code", "text", ""],
  ["seedSupplierLocation", "Seed supplier (name, address, phone)", "text", ""],
  ["seedSupplierLotCode", "Supplier's seed lot code (master lot and sub-lot)", "text", ""],
  ["sprouterSeedLotCode", "Your own seed lot code", "text", ""],
  [
    "seedDescription",
    "Seeds: type or taxonomic name, growing specifications, packaging, treatment",
    "text",
    "",
  ],
  ["seedReceivedDate", "Date you received the seeds", "date", ""],
] as const;

/** Every FSMA 204 input of the guided form. */
export const fsma204AllInputs = [...fsma204Inputs, ...fsma204SeedInputs] as const;
export type Fsma204Field = (typeof fsma204AllInputs)[number][0];

/** CBV business transaction types a reference document can be (FSMA 204 reference document type). */
export const referenceDocumentTypes = [
  ["bol", "Bill of lading"],
  ["po", "Purchase order"],
  ["inv", "Invoice"],
  ["desadv", "Despatch advice"],
  ["prodorder", "Production order"],
] as const;

export type EventFieldsProps = {
  orgId: string;
  places: Location[];
  initial?: EventFieldValues;
  /** The lot's product is sprouts: offer the seed fields of 21 CFR 1.1330(b). */
  sprouts?: boolean;
};

/**
 * The fields of one step of a lot's journey, as `simpleEventFromForm` reads them: business step,
 * disposition, time, who sees it, place, quantity, and (folded) parties, reference documents, a
 * temperature reading and documents, and the FSMA 204 harvest, cooling and landing details.
 */
export function EventFields({ orgId, places, initial = {}, sprouts = false }: EventFieldsProps) {
  const seeds = sprouts || fsma204SeedInputs.some(([name]) => initial.fsma204?.[name] !== undefined);
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
          <SelectField
            label="Business step"
            name="bizStep"
            defaultValue={initial.bizStep ?? "shipping"}
            options={bizSteps}
          />
          <SelectField
            label="Disposition (state afterwards)"
            name="disposition"
            defaultValue={initial.disposition ?? ""}
            none="Not stated"
            options={dispositions}
          />
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
          <Field label="Quantity" name="quantity" inputMode="decimal" defaultValue={initial.quantity} />
          <Field
            label="Unit"
            name="unit"
            placeholder="KGM, LTR, EA"
            maxLength={10}
            defaultValue={initial.unit}
          />
        </div>
      </fieldset>
      <details>
        <summary>Receiving, shipping, readings and documents</summary>
        <div className="grid-2" style={{ marginTop: "var(--space-4)" }}>
          <Field
            label="Received from (GLN)"
            name="sourceGln"
            inputMode="numeric"
            pattern="\d{13}"
            hint="For “Receiving”: the 13-digit GLN of the company that shipped it."
          />
          <Field label="Shipped to (GLN)" name="destinationGln" inputMode="numeric" pattern="\d{13}" />
          <PlaceSelect
            orgId={orgId}
            label="Sent on to (one of your locations)"
            name="destinationLocationId"
            places={places}
            hint="For harvesting and cooling: the food’s next stop (its immediate subsequent recipient)."
          />
          <SelectField
            label="Reference document type"
            name="referenceType"
            defaultValue=""
            none="None"
            options={referenceDocumentTypes}
          />
          <Field label="Reference document number" name="referenceNumber" maxLength={100} />
          <Field label="Temperature (°C)" name="temperature" inputMode="decimal" />
          <Field
            label="Attach documents"
            type="file"
            name="files"
            multiple
            hint="Certificates, delivery notes, lab reports: kept private, their hash is part of the event."
          />
          <Field
            label="…or SHA-256 of documents already uploaded"
            name="documents"
            defaultValue={initial.documents}
          />
        </div>
      </details>
      <details open={Object.keys(initial.fsma204 ?? {}).length > 0}>
        <summary>Harvest, cooling and landing details (FSMA 204)</summary>
        <p className="muted">
          The key data elements of 21 CFR 1.1325–1.1350 that your locations and products do not already give:
          what the harvester tells the initial packer, the catch of a fishing trip. They go into the FSMA 204
          export.
        </p>
        <Fsma204Inputs inputs={fsma204Inputs} initial={initial.fsma204} />
      </details>
      {seeds ? (
        <details open>
          <summary>Seeds of the sprouts (FSMA 204, 21 CFR 1.1330(b))</summary>
          <p className="muted">
            For initial packing of sprouts: where the seeds were grown, conditioned, packed and bought, their
            lot codes, and when you received them.
          </p>
          <Fsma204Inputs inputs={fsma204SeedInputs} initial={initial.fsma204} />
        </details>
      ) : null}
    </>
  );
}

/** FSMA 204 inputs, named `fsma204.<field>`; a checkbox sends "true" when ticked. */
function Fsma204Inputs({
  inputs,
  initial,
}: {
  inputs: readonly (readonly [Fsma204Field, string, string, string])[];
  initial: EventFieldValues["fsma204"];
}) {
  return (
    <div className="grid-2">
      {inputs.map(([name, label, type, placeholder]) =>
        type === "checkbox" ? (
          <label className="field" key={name}>
            <span>
              <input
                type="checkbox"
                name={`fsma204.${name}`}
                value="true"
                defaultChecked={initial?.[name] === "true"}
              />{" "}
              {label}
            </span>
          </label>
        ) : (
          <Field
            key={name}
            label={label}
            name={`fsma204.${name}`}
            type={type === "date" || type === "tel" ? type : "text"}
            inputMode={type === "decimal" ? "decimal" : undefined}
            placeholder={placeholder || undefined}
            maxLength={type === "date" ? undefined : 500}
            defaultValue={initial?.[name]}
          />
        ),
      )}
    </div>
  );
}
