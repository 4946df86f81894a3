import type { Database, EventVisibility } from "@tracemark/db";
import { type QueriedEvent, queryEvents } from "../events/queryEvents.ts";
import { lotOwnerFor } from "./lotAccess.ts";

export type ListLotEventsParameters = {
  organizationId: string;
  lotId: string;
  limit: number;
  cursor?: string | undefined;
};
export type LotRecordEvent = QueriedEvent & {
  organization: { id: string; name: string };
  visibility: EventVisibility;
};
export type ListLotEventsReturnType = { items: LotRecordEvent[]; nextCursor: string | null };

/**
 * A lot's record as the organisation may see it, oldest first, a page at a time: its own events of
 * the lot, whatever their visibility, and those of its partners — the organisations of the lot's
 * custody chain (its owner and every organisation it was shipped to, the rule `storeEvents` writes by) —
 * that they show the public or their partners (visibility `public` or `partners`), never their
 * `private` ones. Each event names its organisation and its visibility. `NotFoundError` when the
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
  const receivers = await db.prisma.custodyTransfer.findMany({
    where: { lotId, status: { in: ["pending", "completed"] } },
    select: { toOrgId: true },
  });
  const chain = [...new Set([organizationId, ownerId, ...receivers.map((r) => r.toOrgId)])];
  const page = await queryEvents(db, {
    organizationId,
    organizationIds: chain,
    partnerView: true,
    query: { lotId },
    limit,
    cursor,
  });
  const [rows, organizations] = await Promise.all([
    db.prisma.event.findMany({
      where: { id: { in: page.items.map((e) => e.id) } },
      select: { id: true, organizationId: true, visibility: true },
    }),
    db.prisma.organization.findMany({ where: { id: { in: chain } }, select: { id: true, name: true } }),
  ]);
  const rowOf = new Map(rows.map((e) => [e.id, e]));
  const nameOf = new Map(organizations.map((o) => [o.id, o.name]));
  return {
    items: page.items.map((event) => {
      const row = rowOf.get(event.id);
      const id = row?.organizationId ?? organizationId;
      return {
        ...event,
        organization: { id, name: nameOf.get(id) ?? "" },
        visibility: row?.visibility ?? "public",
      };
    }),
    nextCursor: page.nextCursor,
  };
}
