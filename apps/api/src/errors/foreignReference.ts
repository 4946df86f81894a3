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

/** Where a reference sits in the request (`body.epcs`, `epcisBody.eventList[3].epcList`). */
export type FieldOfReference = (reference: ForeignReference) => string;

/**
 * Some events of a request, each refused for one of its references: `errors` names each by `fieldOf`
 * (by default `eventList[3].epcList`), and the details list them. Not retryable.
 */
export abstract class EventReferencesError extends TracemarkError {
  readonly errors: { field: string; message: string }[];
  constructor(
    shortMessage: string,
    readonly references: ForeignReference[],
    fieldOf: FieldOfReference = (r) => `eventList[${r.index}].${r.field}`,
  ) {
    const errors = references.map((r) => ({ field: fieldOf(r), message: r.message }));
    super(shortMessage, { details: errors.map((e) => `${e.field}: ${e.message}`).join("; ") });
    this.errors = errors;
  }
}

/**
 * Events name lots, serials or locations of another organisation that they may not write into
 * (see `storeEvents`). The problem-details plugin answers it with a 422.
 */
export class ForeignReferenceError extends EventReferencesError {
  override name = "ForeignReferenceError";
  constructor(references: ForeignReference[], fieldOf?: FieldOfReference) {
    super("Reference to another organisation", references, fieldOf);
  }
}
