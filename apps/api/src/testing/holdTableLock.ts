import type { Database } from "@tracemark/db";

/**
 * Another session holds `table` (ACCESS EXCLUSIVE) inside a transaction, so that whatever touches it
 * waits there. `release` ends that transaction and returns `ended`, which settles once it has ended
 * (rejected when its connection was cut first).
 *
 * @example
 * const lock = holdTableLock(db, "events");
 * try { … a worker claims a capture, then waits on the table … } finally { await lock.release(); }
 */
export function holdTableLock(
  db: Pick<Database, "prisma">,
  table: string,
): { ended: Promise<void>; release: () => Promise<void> } {
  let release = () => {};
  const ended = db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    { timeout: 600_000 },
  );
  return {
    ended,
    release: () => {
      release();
      return ended;
    },
  };
}
