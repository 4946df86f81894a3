import type { Database } from "@tracemark/db";
import { parseEpcisEvent } from "@tracemark/sdk";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors/domain.ts";
import { getEventDetail } from "../services/events/getEventDetail.ts";
import type { EventDetail, SimpleEvent } from "../services/events/schemas.ts";
import { buildEpcisEvent, simpleFieldOf } from "./buildEpcisEvent.ts";
import { ownExisting } from "./captureEvent.ts";
import { type PreparedEvent, prepareEvent } from "./prepareEvent.ts";
import { storeEvents } from "./storeEvents.ts";

export type CorrectEventParameters = {
  organizationId: string;
  eventId: string;
  input: { event?: SimpleEvent | undefined; errorReason: "did_not_occur" | "incorrect_data"; reason: string };
};
export type CorrectEventReturnType = { declaration: EventDetail; corrective: EventDetail | null };

/**
 * Corrects an event the EPCIS way, without editing it: records an error declaration (the erroneous
 * event repeated with `errorDeclaration` { declarationTime, reason, correctiveEventIDs, tm:reason }
 * and `tm:declares` = its hash) and, unless it did not occur at all, the corrective event, in one
 * transaction. Both take the corrected event's visibility (the corrective event unless it sets its
 * own), so correcting a hidden event never makes its content public. A pending custody transfer opened by the erroneous shipping event is cancelled. An
 * event is declared erroneous once (a `ConflictError` the second time); a declaration is not itself
 * corrected (an `InvalidInputError`).
 *
 * @example
 * await correctEvent(db, { organizationId, eventId, input: { event, errorReason: "incorrect_data", reason: "wrong lot" } });
 */
export async function correctEvent(
  db: Database,
  { organizationId, eventId, input }: CorrectEventParameters,
): Promise<CorrectEventReturnType> {
  const original = await db.prisma.event.findFirst({ where: { id: eventId, organizationId } });
  if (!original) throw new NotFoundError("This organisation has no event with this id.");
  if (original.correctsEventHash)
    throw new InvalidInputError("An error declaration cannot itself be corrected.");
  const declared = await db.prisma.event.findFirst({
    where: { correctsEventHash: original.eventHash },
    select: { eventHash: true },
  });
  if (declared) throw new ConflictError(`This event was already declared erroneous (${declared.eventHash}).`);
  if (input.errorReason === "incorrect_data" && !input.event) {
    throw new InvalidInputError("body.event: the corrected event is required", {
      errors: [{ field: "body.event", message: "required when errorReason is incorrect_data" }],
    });
  }
  const corrective = input.event
    ? await buildEpcisEvent(db, { organizationId, input: input.event, field: "body.event" })
    : undefined;

  const document = original.document as Record<string, unknown>;
  const declaration: PreparedEvent = prepareEvent({
    event: parseEpcisEvent({
      ...document,
      errorDeclaration: {
        declarationTime: new Date().toISOString(),
        reason: input.errorReason,
        ...(corrective ? { correctiveEventIDs: [corrective.eventHash] } : {}),
        "tm:reason": input.reason,
      },
    }),
    declares: original.eventHash,
  });
  declaration.lotId = original.lotId ?? undefined;
  // The declaration repeats the corrected event: it is seen by whoever may see that event, and so is
  // the corrective event unless the body says otherwise.
  declaration.visibility = original.visibility;
  if (corrective) corrective.visibility ??= original.visibility;

  const result = await db.prisma.$transaction(async (tx) => {
    const { stored, existing } = await storeEvents(tx, {
      organizationId,
      events: corrective ? [declaration, corrective] : [declaration],
      // The declaration repeats the corrected event; the corrective one is the body's `event`.
      fieldOf: (r) => (r.index === 0 ? "params.eventId" : `body.event.${simpleFieldOf[r.field] ?? r.field}`),
    });
    if (!stored.some((e) => e.id === declaration.id))
      throw new ConflictError("This event was already declared erroneous.");
    await tx.custodyTransfer.updateMany({
      where: { shippingEventId: original.id, status: "pending" },
      data: { status: "cancelled" },
    });
    const correctiveId = corrective
      ? stored.some((e) => e.id === corrective.id)
        ? corrective.id
        : ownExisting(organizationId, existing)
      : undefined;
    return { correctiveId };
  });
  return {
    declaration: await getEventDetail(db, { organizationId, eventId: declaration.id }),
    corrective: result.correctiveId
      ? await getEventDetail(db, { organizationId, eventId: result.correctiveId })
      : null,
  };
}
