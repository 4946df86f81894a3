import { createHash } from "node:crypto";
import type { Database, SqlSession } from "@tracemark/db";
import { sleep } from "./sleep.ts";

export type HoldAdvisoryLockParameters = {
  db: Database;
  /**
   * The lock: a name it stands for (e.g. `submitter:31337:0xabc…`, hashed to a 64-bit key), or a
   * pair of 32-bit keys (the indexer's `[INDEXER_LOCK_CLASS, chainId]`, which its writes fence on).
   */
  lock: string | readonly [classId: number, objId: number];
  /** How often a standby asks again, and the holder checks it still holds the lock. */
  intervalMs: number;
  signal: AbortSignal;
  /**
   * Runs while the lock is held; its signal aborts when the lock is lost or the caller stops. `pid`
   * is the backend process id of the session holding the lock.
   */
  whileHeld: (signal: AbortSignal, holder: { pid: number }) => Promise<void>;
  onStandby?: () => void;
};

/** A 64-bit advisory lock key from a name. */
export function advisoryLockKey(name: string): bigint {
  return createHash("sha256").update(name).digest().readBigInt64BE(0);
}

/**
 * Runs `whileHeld` only while this process holds a Postgres session-level advisory lock, on a
 * connection of its own: one active holder per name, others wait as standbys and take over
 * within `intervalMs` when the holder dies (its connection closes and Postgres frees the lock).
 * If the connection is lost, `whileHeld` is aborted and the lock is sought again; an error thrown
 * by `whileHeld` releases the lock and is thrown to the caller.
 */
export async function holdAdvisoryLock(parameters: HoldAdvisoryLockParameters): Promise<void> {
  const { db, intervalMs, signal } = parameters;
  const key = lockArguments(parameters.lock);
  while (!signal.aborted) {
    let failure: { error: unknown } | undefined;
    try {
      await db.withSession(async (session) => {
        while (!signal.aborted && !(await tryLock(session, key))) {
          parameters.onStandby?.();
          await sleep(intervalMs, signal);
        }
        if (signal.aborted) return;
        const [{ pid }] = (await session.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")) as [
          { pid: number },
        ];
        const held = new AbortController();
        const stop = () => held.abort();
        signal.addEventListener("abort", stop, { once: true });
        // The caller may have stopped while the pid was asked: its abort event has fired already.
        if (signal.aborted) held.abort();
        const watchdog = watchLock(session, key, intervalMs, held);
        try {
          await parameters.whileHeld(held.signal, { pid });
        } catch (error) {
          failure = { error };
        } finally {
          held.abort();
          signal.removeEventListener("abort", stop);
          await watchdog;
          await session.exec(`SELECT pg_advisory_unlock(${key.sql})`).catch(() => {});
        }
      });
    } catch {
      // The lock's own connection failed (database restarting): seek the lock again shortly.
    }
    if (failure) throw failure.error;
    if (!signal.aborted) await sleep(intervalMs, signal);
  }
}

/** The lock's arguments in SQL, and where `pg_locks` shows it (a 64-bit key: objsubid 1; two 32-bit keys: 2). */
type LockArguments = { sql: string; classid: number; objid: number; objsubid: 1 | 2 };

function lockArguments(lock: HoldAdvisoryLockParameters["lock"]): LockArguments {
  if (typeof lock !== "string") {
    const [classId, objId] = lock;
    return { sql: `${classId}, ${objId}`, classid: classId >>> 0, objid: objId >>> 0, objsubid: 2 };
  }
  const key = advisoryLockKey(lock);
  return {
    sql: String(key),
    classid: Number(BigInt.asUintN(32, key >> 32n)),
    objid: Number(BigInt.asUintN(32, key)),
    objsubid: 1,
  };
}

async function tryLock(session: SqlSession, key: LockArguments): Promise<boolean> {
  const [row] = await session.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${key.sql}) AS locked`);
  return row?.locked === true;
}

/** Aborts `held` as soon as the session no longer holds the lock (e.g. its connection dropped). */
async function watchLock(
  session: SqlSession,
  key: LockArguments,
  intervalMs: number,
  held: AbortController,
): Promise<void> {
  while (!held.signal.aborted) {
    await sleep(intervalMs, held.signal);
    if (held.signal.aborted) return;
    try {
      const rows = await session.query<{ one: number }>(
        `SELECT 1 AS one FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND classid = ${key.classid} AND objid = ${key.objid} AND objsubid = ${key.objsubid} AND granted`,
      );
      if (rows.length === 0) held.abort();
    } catch {
      held.abort();
    }
  }
}
