import type { Database } from "@tracemark/db";
import { lotOwnerFor } from "./lotAccess.ts";
import { type QueriedEvent, queryEvents } from "./queryEvents.ts";

export type ListLotEventsParameters = {
  organizationId: string;
  lotId: string;
  limit: number;
  cursor?: string | undefined;
};
export type LotRecordEvent = QueriedEvent & { organization: { id: string; name: string } };
export type ListLotEventsReturnType = { items: LotRecordEvent[]; nextCursor: string | null };

/**
 * A lot's record as the organisation may see it, oldest first, a page at a time: on its own lot,
 * its events; on a lot shipped to it, the owner's events of the lot (which the public record shows
 * anyway) and its own, never another receiver's. Each event names its organisation. 404 when the
 * organisation neither owns nor received the lot.
 *
 * @example
 * const { items } = await listLotEvents(db, { organizationId: receiverId, lotId, limit: 500 });
 */
export async function listLotEvents(
  db: Database,
  { organizationId, lotId, limit, cursor }: ListLotEventsParameters,
): Promise<ListLotEventsReturnType> {
  const ownerId = await lotOwnerFor(db.prisma, organizationId, lotId);
  const page = await queryEvents(db, {
    organizationId,
    organizationIds: [...new Set([organizationId, ownerId])],
    query: { lotId },
    limit,
    cursor,
  });
  const [owners, organizations] = await Promise.all([
    db.prisma.event.findMany({
      where: { id: { in: page.items.map((e) => e.id) } },
      select: { id: true, organizationId: true },
    }),
    db.prisma.organization.findMany({
      where: { id: { in: [organizationId, ownerId] } },
      select: { id: true, name: true },
    }),
  ]);
  const ownerOf = new Map(owners.map((e) => [e.id, e.organizationId]));
  const nameOf = new Map(organizations.map((o) => [o.id, o.name]));
  return {
    items: page.items.map((event) => {
      const id = ownerOf.get(event.id) ?? organizationId;
      return { ...event, organization: { id, name: nameOf.get(id) ?? "" } };
    }),
    nextCursor: page.nextCursor,
  };
}
