import type { Database } from "@tracemark/db";
import { computeLotKey, type PublicRecordDisplay, type PublicRecordInheritedRecall } from "@tracemark/sdk";
import { publicOrgIdOf } from "../services/orgs/platform.ts";
import { reachOfRecalls } from "../services/recalls/reachOfRecalls.ts";

export type InheritedRecall = {
  /** What the public record claims, for `verifyRecord` to check on chain. */
  recall: PublicRecordInheritedRecall;
  /** What the consumer page shows of it. */
  display: NonNullable<PublicRecordDisplay["recall"]["inherited"]>[number];
};

/**
 * The active recalls of lots upstream of `lotId` (the lots it was made from or came packed with, at
 * any depth `reachOfRecalls` follows), oldest first, each with the recalling organisation's registry
 * id and the recalled lot's key, as the chain knows them. The lot's own recall is not among them.
 *
 * @example
 * const inherited = await inheritedRecallsOf(db, lot.id);
 */
export async function inheritedRecallsOf(db: Database, lotId: string): Promise<InheritedRecall[]> {
  const reach = await reachOfRecalls(db.prisma);
  const reaching = [...reach.entries()].flatMap(([recallId, steps]) =>
    steps.some((s) => s.lotId === lotId && s.depth > 0) ? [recallId] : [],
  );
  if (reaching.length === 0) return [];
  const recalls = await db.prisma.recall.findMany({
    where: { id: { in: reaching } },
    orderBy: [{ declaredAt: "asc" }, { id: "asc" }],
    select: {
      reason: true,
      declaredAt: true,
      organizationId: true,
      organization: { select: { name: true, chainOrgId: true } },
      lot: { select: { lotCode: true, product: { select: { gtin: true, name: true } } } },
    },
  });
  return recalls.map((r) => ({
    recall: {
      organisation: {
        id: publicOrgIdOf(r.organization.chainOrgId),
        name: r.organization.name,
      },
      gtin: r.lot.product.gtin,
      lot: r.lot.lotCode,
      lotKey: computeLotKey({ gtin: r.lot.product.gtin, lot: r.lot.lotCode }),
      declaredAt: r.declaredAt.toISOString(),
    },
    display: {
      productName: r.lot.product.name,
      gtin: r.lot.product.gtin,
      lot: r.lot.lotCode,
      organisation: r.organization.name,
      reason: r.reason,
      declaredAt: r.declaredAt.toISOString(),
    },
  }));
}
