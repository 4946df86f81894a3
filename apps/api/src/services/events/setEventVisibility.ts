import type { Database, EventVisibility } from "@tracemark/db";
import { NotFoundError } from "../../errors/domain.ts";
import type { Principal } from "../auth/principal.ts";
import { getEventDetail } from "./getEventDetail.ts";
import type { EventDetail } from "./schemas.ts";

export type SetEventVisibilityParameters = {
  organizationId: string;
  eventId: string;
  visibility: EventVisibility;
  /** Who changes it, recorded with the change. */
  principal: Principal;
};
export type SetEventVisibilityReturnType = EventDetail;

/**
 * Changes who may see one of the organisation's events, and records the change (who, when, from
 * what to what) in the same transaction; the lots' public records show it at once (their triggers
 * watch `visibility`). Setting the visibility it already has records nothing. The event's hash,
 * leaf and anchor stay as they are: visibility is not part of the event. `NotFoundError` when
 * the organisation has no such event.
 *
 * @example
 * const event = await setEventVisibility(db, { organizationId, eventId, visibility: "private", principal });
 */
export async function setEventVisibility(
  db: Database,
  { organizationId, eventId, visibility, principal }: SetEventVisibilityParameters,
): Promise<SetEventVisibilityReturnType> {
  await db.prisma.$transaction(async (tx) => {
    const [event] = await tx.$queryRaw<{ visibility: EventVisibility }[]>`
      SELECT visibility FROM events WHERE id = ${eventId}::uuid AND "organizationId" = ${organizationId}::uuid
      FOR UPDATE`;
    if (!event) throw new NotFoundError("This organisation has no event with this id.");
    if (event.visibility === visibility) return;
    await tx.event.update({ where: { id: eventId }, data: { visibility } });
    await tx.eventVisibilityChange.create({
      data: {
        eventId,
        organizationId,
        fromVisibility: event.visibility,
        toVisibility: visibility,
        userId: principal.kind === "user" ? principal.userId : principal.createdById,
        apiKeyId: principal.kind === "apiKey" ? principal.apiKeyId : null,
      },
    });
  });
  return getEventDetail(db, { organizationId, eventId });
}
