import type { Database, TransferStatus } from "@tracemark/db";

export type ListTransfersParameters = {
  organizationId: string;
  direction: "incoming" | "outgoing";
  status?: TransferStatus | undefined;
  limit: number;
  cursor?: string | undefined;
};

const party = { select: { id: true, name: true, gln: true } } as const;

/**
 * Custody transfers the organisation sends (`outgoing`) or receives (`incoming`), newest first,
 * with both organisations, the lot (code, GTIN, product name) and the hashes of the shipping and
 * receiving events: what both sides may see of each other.
 *
 * @example
 * const { items, nextCursor } = await listTransfers(db, { organizationId, direction: "incoming", status: "pending", limit: 50 });
 */
export async function listTransfers(
  db: Database,
  { organizationId, direction, status, limit, cursor }: ListTransfersParameters,
) {
  const rows = await db.prisma.custodyTransfer.findMany({
    where: {
      ...(direction === "incoming" ? { toOrgId: organizationId } : { fromOrgId: organizationId }),
      ...(status ? { status } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      fromOrg: party,
      toOrg: party,
      lot: { select: { id: true, lotCode: true, product: { select: { gtin: true, name: true } } } },
      shippingEvent: { select: { eventHash: true, eventTime: true } },
      receivingEvent: { select: { eventHash: true, eventTime: true } },
    },
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, limit);
  return {
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
    items: page.map((t) => ({
      id: t.id,
      status: t.status,
      from: t.fromOrg,
      to: t.toOrg,
      lot: {
        id: t.lot.id,
        lotCode: t.lot.lotCode,
        gtin: t.lot.product.gtin,
        productName: t.lot.product.name,
      },
      shipping: t.shippingEvent,
      receiving: t.receivingEvent,
      createdAt: t.createdAt,
      completedAt: t.completedAt,
    })),
  };
}
