import { TracemarkError } from "@tracemark/sdk";
import type { ForeignReference } from "./foreignReference.ts";

/**
 * Events whose `eventID` already names another event of the organisation's record, or another event
 * of the same request (see `storeEvents`): each event, with `field` `eventID` and `fieldOf` saying
 * where it sits in the request (`body.eventID`, `epcisBody.eventList[3].eventID`). Not retryable.
 * The problem-details plugin answers it with a 409 (the binding's ResourceAlreadyExistsException).
 */
export class ReusedEventIdError extends TracemarkError {
  override name = "ReusedEventIdError";
  readonly errors: { field: string; message: string }[];
  constructor(
    readonly references: ForeignReference[],
    fieldOf: (reference: ForeignReference) => string = (r) => `eventList[${r.index}].${r.field}`,
  ) {
    const errors = references.map((r) => ({ field: fieldOf(r), message: r.message }));
    super("Event ID already in use", { details: errors.map((e) => `${e.field}: ${e.message}`).join("; ") });
    this.errors = errors;
  }
}
