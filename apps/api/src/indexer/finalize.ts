import type { Prisma } from "@tracemark/db";

/** Blocks below the finality floor whose hashes the indexer keeps by default (INDEXER_REORG_WINDOW). */
export const defaultReorgWindow = 256;

/**
 * Marks everything at or below `finalBlock` final: chain logs, anchored batches (and so their events), recalls on
 * chain. Prunes `indexed_blocks` below the highest one at or below `finalBlock - reorgWindow` (kept as the reorg
 * floor), so a reorg deeper than the confirmations, up to `reorgWindow` blocks deeper, still finds its common
 * ancestor among them.
 *
 * @example
 * await finalize(tx, { chainId: 31337, finalBlock: head - 2n, reorgWindow: 256 });
 */
export async function finalize(
  tx: Prisma.TransactionClient,
  parameters: { chainId: number; finalBlock: bigint; reorgWindow: number },
): Promise<void> {
  const { chainId } = parameters;
  const finalBlock = parameters.finalBlock.toString();
  const floor = (parameters.finalBlock - BigInt(parameters.reorgWindow)).toString();
  await tx.$executeRawUnsafe(
    `UPDATE chain_logs SET status = 'final' WHERE "chainId" = $1 AND status = 'pending' AND "blockNumber" <= $2::bigint`,
    chainId,
    finalBlock,
  );
  await tx.$executeRawUnsafe(
    `UPDATE anchor_batches SET status = 'final' WHERE status = 'anchored' AND "blockNumber" <= $1::bigint`,
    finalBlock,
  );
  await tx.$executeRawUnsafe(
    `UPDATE recalls SET "chainStatus" = 'final' WHERE "chainStatus" = 'anchored' AND "blockNumber" <= $1::bigint`,
    finalBlock,
  );
  await tx.$executeRawUnsafe(
    `DELETE FROM indexed_blocks WHERE "chainId" = $1 AND number <
       (SELECT max(number) FROM indexed_blocks WHERE "chainId" = $1 AND number <= $2::bigint)`,
    chainId,
    floor,
  );
}
