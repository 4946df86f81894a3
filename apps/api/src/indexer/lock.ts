import type { Prisma } from "@tracemark/db";
import { LostIndexerLockError } from "./errors.ts";

/** The first key of the indexers' advisory locks (ASCII "TRK"); the second is the chain id. */
export const INDEXER_LOCK_CLASS = 0x54524b;

/** The advisory lock a running indexer holds, with the backend pid of the session that holds it. */
export type IndexerLock = { chainId: number; pid: number };

/**
 * Fencing inside a write transaction: throws `LostIndexerLockError` unless the session `lock.pid` still holds the
 * chain's lock, so an indexer whose lock connection died cannot write next to the one that took over.
 *
 * @example
 * await assertLockHeld(tx, lock);
 */
export async function assertLockHeld(tx: Prisma.TransactionClient, lock: IndexerLock): Promise<void> {
  const [row] = await tx.$queryRawUnsafe<{ held: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::int::oid
       AND objid = $2::int::oid AND objsubid = 2 AND granted AND pid = $3) AS held`,
    INDEXER_LOCK_CLASS,
    lock.chainId,
    lock.pid,
  );
  if (!row?.held) throw new LostIndexerLockError(lock.chainId);
}
