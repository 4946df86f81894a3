import type { Database, Prisma, RecallStatus } from "@tracemark/db";
import { keccak256, stringToHex } from "viem";
import { ConflictError, NotFoundError } from "../../errors/domain.ts";
import { paginate } from "../../util/paginate.ts";
import { lotNotOwned } from "../lots/lotAccess.ts";

const recallInclude = {
  lot: { select: { lotCode: true, product: { select: { gtin: true, name: true } } } },
} as const;
type RecallRow = Prisma.RecallGetPayload<{ include: typeof recallInclude }>;

/** A recall as the API shows it, with the lot's code and GTIN. */
export function toRecall(row: RecallRow) {
  return {
    id: row.id,
    lotId: row.lotId,
    lotCode: row.lot.lotCode,
    gtin: row.lot.product.gtin,
    productName: row.lot.product.name,
    reason: row.reason,
    reasonHash: row.reasonHash,
    status: row.status,
    declaredById: row.declaredById,
    declaredAt: row.declaredAt,
    liftedAt: row.liftedAt,
    liftReason: row.liftReason,
    chainStatus: row.chainStatus,
    txHash: row.txHash,
  };
}

/**
 * Declares a recall of one of the organisation's lots: the lot is recalled at once (public pages
 * show it), and the submitter is asked to declare it on chain (outbox `recall`), in one
 * transaction. A lot already recalled is a `ConflictError`.
 *
 * @example
 * await declareRecall(db, { organizationId, lotId, reason: "Listeria found in a retained sample", declaredById: userId })
 */
export async function declareRecall(
  db: Database,
  parameters: { organizationId: string; lotId: string; reason: string; declaredById: string | null },
) {
  const { organizationId, lotId, reason } = parameters;
  return db.prisma.$transaction(async (tx) => {
    const lot = await tx.lot.findFirst({ where: { id: lotId, organizationId }, select: { id: true } });
    if (!lot) throw await lotNotOwned(tx, organizationId, lotId);
    const { count } = await tx.lot.updateMany({
      where: { id: lotId, organizationId, recallState: "none" },
      data: { recallState: "recalled" },
    });
    if (count === 0) throw new ConflictError("This lot is already recalled.");
    const recall = await tx.recall.create({
      data: {
        organizationId,
        lotId,
        reason,
        reasonHash: keccak256(stringToHex(reason)),
        declaredById: parameters.declaredById,
      },
      include: recallInclude,
    });
    await tx.outboxItem.create({ data: { kind: "recall", organizationId, refId: recall.id } });
    return toRecall(recall);
  });
}

/**
 * Lifts an active recall: the lot is no longer recalled, and the submitter is asked to lift it on
 * chain (outbox `lift_recall`), in one transaction. A recall already lifted is a
 * `ConflictError`.
 *
 * @example
 * await liftRecall(db, { organizationId, recallId, reason: "Laboratory re-test negative" })
 */
export async function liftRecall(
  db: Database,
  parameters: { organizationId: string; recallId: string; reason: string },
) {
  const { organizationId, recallId, reason } = parameters;
  return db.prisma.$transaction(async (tx) => {
    const recall = await tx.recall.findFirst({ where: { id: recallId, organizationId } });
    if (!recall) throw new NotFoundError("No recall with this id in this organisation.");
    const { count } = await tx.recall.updateMany({
      where: { id: recallId, status: "active" },
      data: { status: "lifted", liftedAt: new Date(), liftReason: reason },
    });
    if (count === 0) throw new ConflictError("This recall is already lifted.");
    await tx.lot.update({ where: { id: recall.lotId }, data: { recallState: "none" } });
    await tx.outboxItem.create({ data: { kind: "lift_recall", organizationId, refId: recall.id } });
    return toRecall(await tx.recall.findUniqueOrThrow({ where: { id: recallId }, include: recallInclude }));
  });
}

/** One of the organisation's recalls, or `NotFoundError`. */
export async function getRecall(db: Database, organizationId: string, recallId: string) {
  const row = await db.prisma.recall.findFirst({
    where: { id: recallId, organizationId },
    include: recallInclude,
  });
  if (!row) throw new NotFoundError("No recall with this id in this organisation.");
  return toRecall(row);
}

/** The organisation's recalls, newest first, by status and lot. */
export async function listRecalls(
  db: Database,
  organizationId: string,
  query: {
    status?: RecallStatus | undefined;
    lotId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const result = await paginate(query, (page) =>
    db.prisma.recall.findMany({
      where: {
        organizationId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.lotId ? { lotId: query.lotId } : {}),
      },
      include: recallInclude,
      orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
      ...page,
    }),
  );
  return { items: result.items.map(toRecall), nextCursor: result.nextCursor };
}
