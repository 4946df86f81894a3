import type { Database } from "@tracemark/db";
import { ConflictError } from "../errors/domain.ts";
import { getEventDetail } from "../services/events/getEventDetail.ts";
import type { EventDetail, SimpleEvent } from "../services/events/schemas.ts";
import { buildEpcisEvent, simpleFieldOf } from "./buildEpcisEvent.ts";
import { storeEvents } from "./storeEvents.ts";

export type CaptureEventParameters = { organizationId: string; input: SimpleEvent };
export type CaptureEventReturnType = { created: boolean; event: EventDetail };

/**
 * Records one event given in the simple JSON form: builds and validates the EPCIS 2.0 event, then
 * stores it, the lots a transformation makes (`newLot` outputs), its identifiers, attachments and
 * custody changes in one transaction (a `ForeignReferenceError` when it names another
 * organisation's lot, serial or location: see `storeEvents`). Idempotent by event hash: the same
 * event again returns the stored one with `created: false`; an identical event of another
 * organisation is a `ConflictError`.
 *
 * @example
 * const { created, event } = await captureEvent(db, { organizationId, input });
 */
export async function captureEvent(
  db: Database,
  { organizationId, input }: CaptureEventParameters,
): Promise<CaptureEventReturnType> {
  const { newLots, ...prepared } = await buildEpcisEvent(db, { organizationId, input, allowNewLots: true });
  const { stored, existing } = await db.prisma.$transaction(async (tx) => {
    // The lots a transformation makes, before the event: `storeEvents` links its outputs to them.
    if (newLots.length > 0) await tx.lot.createMany({ data: newLots });
    return storeEvents(tx, {
      organizationId,
      events: [prepared],
      fieldOf: (reference) => `body.${simpleFieldOf[reference.field] ?? reference.field}`,
    });
  });
  const eventId = stored[0]?.id ?? ownExisting(organizationId, existing);
  return { created: stored.length > 0, event: await getEventDetail(db, { organizationId, eventId }) };
}

/** The id of an already stored identical event of this organisation, or a `ConflictError`. */
export function ownExisting(
  organizationId: string,
  existing: { id: string; organizationId: string; eventHash: string }[],
): string {
  const found = existing[0];
  if (!found) throw new Error("storeEvents stored nothing and found nothing");
  if (found.organizationId !== organizationId) {
    throw new ConflictError(`Another organisation already recorded this event (${found.eventHash}).`);
  }
  return found.id;
}
