import { TracemarkError } from "@tracemark/sdk";

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
 * Events name lots, serials or locations of another organisation that they may not write into
 * (see `storeEvents`): each reference and its event, with `fieldOf` saying where it sits in the
 * request (`body.epcs`, `epcisBody.eventList[3].epcList`). Not retryable. The problem-details
 * plugin answers it with a 422.
 */
export class ForeignReferenceError extends TracemarkError {
  override name = "ForeignReferenceError";
  readonly errors: { field: string; message: string }[];
  constructor(
    readonly references: ForeignReference[],
    fieldOf: (reference: ForeignReference) => string = (r) => `eventList[${r.index}].${r.field}`,
  ) {
    const errors = references.map((r) => ({ field: fieldOf(r), message: r.message }));
    super("Reference to another organisation", {
      details: errors.map((e) => `${e.field}: ${e.message}`).join("; "),
    });
    this.errors = errors;
  }
}
