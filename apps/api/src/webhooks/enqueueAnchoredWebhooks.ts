import type { Prisma } from "@tracemark/db";
import { enqueueWebhooks } from "./enqueueWebhooks.ts";

/** A batch as it became anchored, with what its `anchored` notification carries. */
export type AnchoredBatch = {
  id: string;
  organizationId: string;
  root: string;
  eventCount: number;
  txHash: string;
  blockNumber: bigint;
  anchoredAt: Date;
};

/**
 * Queues the `anchored` webhooks of batches that just became anchored (the indexer from their logs, the submitter
 * when it finds its organisation's root anchored already), inside the caller's transaction.
 *
 * @example
 * await enqueueAnchoredWebhooks(tx, { chainId, batches: [batch] });
 */
export async function enqueueAnchoredWebhooks(
  tx: Prisma.TransactionClient,
  parameters: { chainId: number; batches: AnchoredBatch[] },
): Promise<number> {
  return enqueueWebhooks(tx, {
    event: "anchored",
    items: parameters.batches.map((batch) => ({
      organizationId: batch.organizationId,
      payload: {
        batchId: batch.id,
        root: batch.root,
        eventCount: batch.eventCount,
        chainId: parameters.chainId,
        txHash: batch.txHash,
        blockNumber: batch.blockNumber.toString(),
        anchoredAt: batch.anchoredAt.toISOString(),
      },
    })),
  });
}
