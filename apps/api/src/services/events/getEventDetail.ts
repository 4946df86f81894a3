import type { Database } from "@tracemark/db";
import { NotFoundError } from "../../errors/domain.ts";
import type { EventDetail } from "./schemas.ts";

export type GetEventDetailParameters = { organizationId: string; eventId: string };

/**
 * One event of the organisation with everything known about it: its EPCIS document, hash, leaf,
 * visibility and the history of its changes, anchor status and, once anchored, batch root, proof and transaction; attachments, identifiers and
 * the declarations that correct it. `NotFoundError` when the organisation has no such event.
 *
 * @example
 * const detail = await getEventDetail(db, { organizationId, eventId });
 */
export async function getEventDetail(
  db: Database,
  { organizationId, eventId }: GetEventDetailParameters,
): Promise<EventDetail> {
  const event = await db.prisma.event.findFirst({
    where: { id: eventId, organizationId },
    include: {
      batch: {
        select: {
          id: true,
          root: true,
          txHash: true,
          blockNumber: true,
          blockHash: true,
          anchoredAt: true,
          status: true,
          failureReason: true,
        },
      },
      attachments: { include: { document: { select: { contentType: true, size: true, fileName: true } } } },
      identifiers: {
        select: { role: true, value: true, lotId: true },
        orderBy: [{ role: "asc" }, { value: "asc" }],
      },
    },
  });
  if (!event) throw new NotFoundError("This organisation has no event with this id.");
  const [declarations, changes] = await Promise.all([
    db.prisma.event.findMany({
      where: { correctsEventHash: event.eventHash },
      select: { eventHash: true },
      orderBy: { recordTime: "asc" },
    }),
    db.prisma.eventVisibilityChange.findMany({
      where: { eventId: event.id },
      orderBy: [{ changedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const userIds = [...new Set(changes.flatMap((c) => (c.userId ? [c.userId] : [])))];
  const users =
    userIds.length === 0
      ? []
      : await db.prisma.user.findMany({
          where: { id: { in: userIds } },
          select: { id: true, name: true, email: true },
        });
  const userName = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  const { batch } = event;
  const [anchor] = batch
    ? await db.prisma.$queryRaw<{ proof: string[] }[]>`
        SELECT event_proof(b.tree, e."treeNode", e.proof) AS proof
        FROM events e JOIN anchor_batches b ON b.id = e."batchId" WHERE e.id = ${event.id}::uuid`
    : [];
  return {
    id: event.id,
    organizationId: event.organizationId,
    eventHash: event.eventHash,
    leaf: event.leaf,
    type: event.type,
    action: event.action,
    bizStep: event.bizStep,
    disposition: event.disposition,
    eventTime: event.eventTime,
    eventTimeZoneOffset: event.eventTimeZoneOffset,
    recordTime: event.recordTime,
    lotId: event.lotId,
    captureId: event.captureId,
    correctsEventHash: event.correctsEventHash,
    visibility: event.visibility,
    visibilityChanges: changes.map((c) => ({
      changedAt: c.changedAt,
      from: c.fromVisibility,
      to: c.toVisibility,
      userId: c.userId,
      userName: c.userId ? (userName.get(c.userId) ?? null) : null,
      apiKeyId: c.apiKeyId,
    })),
    correctedBy: declarations.map((d) => d.eventHash),
    document: event.document as Record<string, unknown>,
    anchorStatus: batch?.status ?? "pending",
    anchor: batch
      ? {
          batchId: batch.id,
          failureReason: batch.failureReason,
          root: batch.root,
          proof: anchor?.proof ?? [],
          txHash: batch.txHash,
          blockNumber: batch.blockNumber === null ? null : batch.blockNumber.toString(),
          blockHash: batch.blockHash,
          anchoredAt: batch.anchoredAt,
        }
      : null,
    attachments: event.attachments.map((a) => ({ sha256: a.documentSha256, ...a.document })),
    identifiers: event.identifiers,
  };
}
