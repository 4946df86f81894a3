import { ProblemError } from "./problem.ts";

/** One reference of an event to an object of another organisation that the event may not name. */
export type ForeignReference = {
  /** The event's position in what was stored (the request's events, the capture's `eventList`). */
  index: number;
  /** The event's `eventID` (its hash unless the sender gave one). */
  eventId: string;
  /** The EPCIS field holding the reference (`epcList`, `quantityList`, `bizLocation`, …). */
  field: string;
  value: string;
  message: string;
};

/**
 * An event names a lot, serial or location of another organisation that it may not write into
 * (see `storeEvents`). A 422 naming each reference and its event; `fieldOf` says where the
 * reference sits in the request (`body.epcs`, `epcisBody.eventList[3].epcList`).
 */
export class ForeignReferenceError extends ProblemError {
  constructor(
    readonly references: ForeignReference[],
    fieldOf: (reference: ForeignReference) => string = (r) => `eventList[${r.index}].${r.field}`,
  ) {
    const errors = references.map((r) => ({ field: fieldOf(r), message: r.message }));
    super(
      422,
      "Reference to another organisation",
      errors.map((e) => `${e.field}: ${e.message}`).join("; "),
      { errors },
    );
  }
}
