import { EventReferencesError, type FieldOfReference, type ForeignReference } from "./foreignReference.ts";

/**
 * Events whose `eventID` already names another event of the organisation's record, or another event
 * of the same request (see `storeEvents`): each event, with `field` `eventID`. The problem-details
 * plugin answers it with a 409 (the binding's ResourceAlreadyExistsException).
 */
export class ReusedEventIdError extends EventReferencesError {
  override name = "ReusedEventIdError";
  constructor(references: ForeignReference[], fieldOf?: FieldOfReference) {
    super("Event ID already in use", references, fieldOf);
  }
}
