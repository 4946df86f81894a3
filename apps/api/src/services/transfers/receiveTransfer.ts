import type { Database } from "@tracemark/db";
import { captureEvent } from "../../capture/captureEvent.ts";
import { ConflictError, NotFoundError } from "../../errors/domain.ts";
import type { EventDetail, SimpleEvent } from "../events/schemas.ts";

export type ReceiveTransferParameters = {
  organizationId: string;
  transferId: string;
  /** What the receiver adds to the receiving event (time defaults to now, disposition to in_progress). */
  input: Partial<
    Pick<
      SimpleEvent,
      "eventTime" | "disposition" | "readPoint" | "bizLocation" | "quantity" | "documents" | "visibility"
    >
  >;
};
/** `transferId`: the transfer the receiving event completed. */
export type ReceiveTransferReturnType = { transferId: string; event: EventDetail };

/**
 * The receiver's shortcut for a pending incoming transfer: records the receiving event (an
 * ObjectEvent OBSERVE, bizStep receiving, the shipped lot by GTIN + lot code, the shipper as
 * source), which completes the transfer. `NotFoundError` unless the transfer is to this
 * organisation; `ConflictError` when it is no longer pending.
 *
 * @example
 * const { event } = await receiveTransfer(db, { organizationId, transferId, input: {} });
 */
export async function receiveTransfer(
  db: Database,
  { organizationId, transferId, input }: ReceiveTransferParameters,
): Promise<ReceiveTransferReturnType> {
  const transfer = await db.prisma.custodyTransfer.findFirst({
    where: { id: transferId, toOrgId: organizationId },
    include: { lot: { select: { lotCode: true, product: { select: { gtin: true } } } } },
  });
  if (!transfer) throw new NotFoundError("No transfer to this organisation has this id.");
  if (transfer.status !== "pending")
    throw new ConflictError(`This transfer is ${transfer.status}, not pending.`);
  const { event } = await captureEvent(db, {
    organizationId,
    input: {
      type: "object",
      action: "OBSERVE",
      bizStep: "receiving",
      disposition: input.disposition ?? "in_progress",
      eventTime: input.eventTime ?? new Date().toISOString(),
      lot: { gtin: transfer.lot.product.gtin, lotCode: transfer.lot.lotCode },
      sources: [{ type: "owning_party", organizationId: transfer.fromOrgId }],
      destinations: [{ type: "owning_party", organizationId }],
      ...(input.quantity ? { quantity: input.quantity } : {}),
      ...(input.readPoint ? { readPoint: input.readPoint } : {}),
      ...(input.bizLocation ? { bizLocation: input.bizLocation } : {}),
      ...(input.documents ? { documents: input.documents } : {}),
      ...(input.visibility ? { visibility: input.visibility } : {}),
    },
  });
  // The event completes the oldest pending transfer of this lot from this shipper: usually this one.
  const completed = await db.prisma.custodyTransfer.findFirst({
    where: { receivingEventId: event.id },
    select: { id: true },
  });
  return { transferId: completed?.id ?? transfer.id, event };
}
