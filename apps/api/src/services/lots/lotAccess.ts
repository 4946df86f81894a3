import type { Prisma } from "@tracemark/db";
import { NotAllowedError, NotFoundError } from "../../errors/domain.ts";

/**
 * The lot organisations `organizationId` may see besides its own: those shipped to it (a pending
 * or completed custody transfer addressed to it), the rule `storeEvents` writes by, as a Prisma filter.
 *
 * @example
 * await db.prisma.lot.findMany({ where: { OR: [{ organizationId }, receivedBy(organizationId)] } })
 */
export function receivedBy(organizationId: string): Prisma.LotWhereInput {
  return { transfers: { some: { toOrgId: organizationId, status: { in: ["pending", "completed"] } } } };
}

/**
 * The error for an owner-only act on a lot the organisation does not own: `NotAllowedError` when
 * it received the lot (it sees the lot, but the lot's record and recalls are its owner's to
 * change), else `NotFoundError`.
 *
 * @example
 * if (!lot) throw await lotNotOwned(tx, organizationId, lotId);
 */
export async function lotNotOwned(
  client: Prisma.TransactionClient,
  organizationId: string,
  lotId: string,
): Promise<NotAllowedError | NotFoundError> {
  const received = await client.lot.findFirst({
    where: { id: lotId, ...receivedBy(organizationId) },
    select: { id: true },
  });
  return received
    ? new NotAllowedError("This lot was shipped to this organisation; only its owner may do this.")
    : new NotFoundError("No lot with this id in this organisation.");
}

/**
 * The owner of a lot the organisation owns or received (a `NotFoundError` otherwise): what the
 * receiver's views of the lot (its record, its documents) are built from.
 *
 * @example
 * const ownerId = await lotOwnerFor(db.prisma, organizationId, lotId);
 */
export async function lotOwnerFor(
  client: Prisma.TransactionClient,
  organizationId: string,
  lotId: string,
): Promise<string> {
  const lot = await client.lot.findFirst({
    where: { id: lotId, OR: [{ organizationId }, receivedBy(organizationId)] },
    select: { organizationId: true },
  });
  if (!lot) throw new NotFoundError("No lot with this id in this organisation.");
  return lot.organizationId;
}
