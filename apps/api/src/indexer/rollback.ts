import type { Database, Prisma } from "@tracemark/db";
import type { Hex, PublicClient } from "viem";
import { assertLockHeld, type IndexerLock } from "./lock.ts";
import { getHeader } from "./rpc.ts";

/** The newest indexed block the chain still has, or `undefined` when none is (a reorg below everything kept). */
export async function findCommonAncestor(
  db: Database,
  client: PublicClient,
  chainId: number,
): Promise<{ number: bigint; hash: Hex } | undefined> {
  const blocks = await db.prisma.indexedBlock.findMany({
    where: { chainId },
    orderBy: { number: "desc" },
    select: { number: true, hash: true },
  });
  for (const block of blocks) {
    const onChain = await getHeader(client, block.number);
    if (onChain?.hash === block.hash) return { number: block.number, hash: block.hash as Hex };
  }
  return undefined;
}

/**
 * Undoes everything indexed above `ancestor` (in the caller's transaction): deletes those chain logs and blocks,
 * puts batches and their events back to `submitted` (their transaction was sent), recalls and attestations back to
 * `pending` (the status they keep until the chain has them; revocations back to `onchain`), drops the webhook deliveries of removed transactions not yet sent, and moves
 * the checkpoint to the ancestor (or removes it, to read again from the start block).
 *
 * @example
 * await rollbackAbove(tx, { chainId, ancestor: { number: 41n, hash } });
 */
export async function rollbackAbove(
  tx: Prisma.TransactionClient,
  parameters: { chainId: number; ancestor: { number: bigint; hash: Hex | null } },
): Promise<{ removedLogs: number }> {
  const { chainId } = parameters;
  const above = parameters.ancestor.number.toString();
  const removed = await tx.$queryRawUnsafe<{ txHash: string; name: string; uid: string | null }[]>(
    `DELETE FROM chain_logs WHERE "chainId" = $1 AND "blockNumber" > $2::bigint
     RETURNING "txHash", name, args->>'uid' AS uid`,
    chainId,
    above,
  );
  const revokedUids = removed.filter((log) => log.name === "EAS:Revoked").map((log) => log.uid);
  await tx.$executeRawUnsafe(
    `UPDATE attestations SET status = 'onchain', "revokedAt" = NULL WHERE status = 'revoked' AND uid = ANY($1::text[])`,
    revokedUids,
  );
  await tx.$executeRawUnsafe(
    `UPDATE attestations SET status = 'pending', uid = NULL, "txHash" = NULL, "blockNumber" = NULL, "revokedAt" = NULL
     WHERE "blockNumber" > $1::bigint AND status IN ('onchain', 'revoked')`,
    above,
  );
  await tx.$executeRawUnsafe(
    `UPDATE recalls SET "chainStatus" = 'pending', "txHash" = NULL, "blockNumber" = NULL
     WHERE "blockNumber" > $1::bigint AND "chainStatus" IN ('anchored', 'final')`,
    above,
  );
  await tx.$executeRawUnsafe(
    `UPDATE anchor_batches
     SET status = 'submitted', "txHash" = NULL, "blockNumber" = NULL, "blockHash" = NULL, "anchoredAt" = NULL
     WHERE "blockNumber" > $1::bigint AND status IN ('anchored', 'final')`,
    above,
  );
  await tx.$executeRawUnsafe(
    `DELETE FROM webhook_deliveries WHERE "deliveredAt" IS NULL AND payload->>'chainId' = $1::text
       AND payload->>'txHash' = ANY($2::text[])`,
    String(chainId),
    [...new Set(removed.map((log) => log.txHash))],
  );
  await tx.$executeRawUnsafe(
    `DELETE FROM indexed_blocks WHERE "chainId" = $1 AND number > $2::bigint`,
    chainId,
    above,
  );
  if (parameters.ancestor.hash === null) {
    await tx.indexerCheckpoint.deleteMany({ where: { chainId } });
  } else {
    const checkpoint = { blockNumber: parameters.ancestor.number, blockHash: parameters.ancestor.hash };
    await tx.indexerCheckpoint.upsert({
      where: { chainId },
      create: { chainId, ...checkpoint },
      update: checkpoint,
    });
  }
  return { removedLogs: removed.length };
}

/** What the indexer does when a reorg goes below every block hash it kept: stop and alert, or read all again. */
export type DeepReorgPolicy = "halt" | "reread";

export type HandleReorgReturnType =
  | { kind: "reorg"; ancestor: bigint; removedLogs: number }
  | { kind: "deepReorg"; checkpoint: bigint; oldestKept: bigint };

/**
 * Handles a reorg: finds the common ancestor with the chain among the kept block hashes and rolls back above it
 * in one transaction. When the chain replaced even the oldest kept block and older ones were pruned, the ancestor
 * is unknown: with `deepReorg: "halt"` nothing is changed (the caller alerts); with `"reread"` everything is
 * rolled back to the start block and read again.
 */
export async function handleReorg(parameters: {
  db: Database;
  client: PublicClient;
  chainId: number;
  startBlock: bigint;
  deepReorg: DeepReorgPolicy;
  lock?: IndexerLock | undefined;
}): Promise<HandleReorgReturnType> {
  const { db, client, chainId } = parameters;
  const found = await findCommonAncestor(db, client, chainId);
  if (!found && parameters.deepReorg === "halt") {
    const oldest = await db.prisma.indexedBlock.findFirst({ where: { chainId }, orderBy: { number: "asc" } });
    if (oldest && oldest.number > parameters.startBlock) {
      const checkpoint = await db.prisma.indexerCheckpoint.findUnique({ where: { chainId } });
      return {
        kind: "deepReorg",
        checkpoint: checkpoint?.blockNumber ?? oldest.number,
        oldestKept: oldest.number,
      };
    }
  }
  const ancestor = found ?? { number: parameters.startBlock - 1n, hash: null };
  const { removedLogs } = await db.prisma.$transaction(
    async (tx) => {
      if (parameters.lock) await assertLockHeld(tx, parameters.lock);
      return rollbackAbove(tx, { chainId, ancestor });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { kind: "reorg", ancestor: ancestor.number, removedLogs };
}
