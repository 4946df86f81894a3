import type { Prisma } from "@tracemark/db";
import { reachOfRecalls } from "../services/recalls/reachOfRecalls.ts";
import { enqueueWebhooks } from "./enqueueWebhooks.ts";

export type EnqueueRecallAffectsParameters = {
  /** One per recall that became active (`declared`) or was lifted on chain, with what the `recalled` payload says. */
  items: ({ recallId: string; action: "declared" | "lifted" } & Record<string, unknown>)[];
};

/**
 * Queues `recall.affects` inside the indexer's transaction: once per recall and organisation that owns
 * or received (custody, pending or completed) a lot the recall reaches (`reachOfRecalls`), naming its
 * lots; the recalling organisation only for its lots made from the recalled one (it gets `recalled`).
 * Returns how many deliveries were queued.
 *
 * @example
 * await enqueueRecallAffects(tx, { items: [{ recallId, action: "declared", txHash }] });
 */
export async function enqueueRecallAffects(
  tx: Prisma.TransactionClient,
  parameters: EnqueueRecallAffectsParameters,
): Promise<number> {
  if (parameters.items.length === 0) return 0;
  const reach = await reachOfRecalls(tx, { recallIds: parameters.items.map((i) => i.recallId) });
  const items: { organizationId: string; payload: Record<string, unknown> }[] = [];
  for (const item of parameters.items) {
    const lotIds = (reach.get(item.recallId) ?? []).flatMap((s) => (s.lotId ? [s.lotId] : []));
    const holders = await tx.$queryRaw<
      {
        organizationId: string;
        lotId: string;
        gtin: string;
        lotCode: string;
        relation: "owned" | "received";
      }[]
    >`
      WITH recalled AS (SELECT "organizationId", "lotId" FROM recalls WHERE id = ${item.recallId}::uuid),
      holders AS (
        SELECT l."organizationId", l.id AS "lotId", 'owned' AS relation FROM lots l WHERE l.id = ANY(${lotIds}::uuid[])
        UNION
        SELECT c."toOrgId", c."lotId", 'received' FROM custody_transfers c
        WHERE c."lotId" = ANY(${lotIds}::uuid[]) AND c.status IN ('pending', 'completed'))
      SELECT h."organizationId", h."lotId", p.gtin, l."lotCode", h.relation
      FROM holders h JOIN lots l ON l.id = h."lotId" JOIN products p ON p.id = l."productId"
      WHERE NOT EXISTS (SELECT 1 FROM recalled r WHERE r."organizationId" = h."organizationId" AND r."lotId" = h."lotId")
      ORDER BY h."organizationId", p.gtin, l."lotCode", h.relation`;
    const byOrg = new Map<string, { gtin: string; lot: string; relation: string }[]>();
    for (const h of holders) {
      byOrg.set(h.organizationId, [
        ...(byOrg.get(h.organizationId) ?? []),
        { gtin: h.gtin, lot: h.lotCode, relation: h.relation },
      ]);
    }
    const [recalled] = await tx.$queryRaw<
      { gtin: string; lot: string; organisation: string; reason: string }[]
    >`
      SELECT p.gtin, l."lotCode" AS lot, o.name AS organisation, r.reason
      FROM recalls r JOIN lots l ON l.id = r."lotId" JOIN products p ON p.id = l."productId"
      JOIN organizations o ON o.id = r."organizationId"
      WHERE r.id = ${item.recallId}::uuid`;
    for (const [organizationId, lots] of byOrg) {
      items.push({ organizationId, payload: { ...item, recalled, lots } });
    }
  }
  return enqueueWebhooks(tx, { event: "recall.affects", items });
}
