import { createHash } from "node:crypto";
import type { Database, SqlSession } from "@tracemark/db";
import { sleep } from "../background/sleep.ts";

export type HoldAdvisoryLockParameters = {
  db: Database;
  /** What the lock stands for, e.g. `submitter:31337:0xabc…`; hashed to the lock's key. */
  name: string;
  /** How often a standby asks again, and the holder checks it still holds the lock. */
  intervalMs: number;
  signal: AbortSignal;
  /** Runs while the lock is held; its signal aborts when the lock is lost or the caller stops. */
  whileHeld: (signal: AbortSignal) => Promise<void>;
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
  const key = advisoryLockKey(parameters.name);
  while (!signal.aborted) {
    let failure: { error: unknown } | undefined;
    try {
      await db.withSession(async (session) => {
        while (!signal.aborted && !(await tryLock(session, key))) {
          parameters.onStandby?.();
          await sleep(intervalMs, signal);
        }
        if (signal.aborted) return;
        const held = new AbortController();
        const stop = () => held.abort();
        signal.addEventListener("abort", stop, { once: true });
        const watchdog = watchLock(session, key, intervalMs, held);
        try {
          await parameters.whileHeld(held.signal);
        } catch (error) {
          failure = { error };
        } finally {
          held.abort();
          signal.removeEventListener("abort", stop);
          await watchdog;
          await session.exec(`SELECT pg_advisory_unlock(${key})`).catch(() => {});
        }
      });
    } catch {
      // The lock's own connection failed (database restarting): seek the lock again shortly.
    }
    if (failure) throw failure.error;
    if (!signal.aborted) await sleep(intervalMs, signal);
  }
}

async function tryLock(session: SqlSession, key: bigint): Promise<boolean> {
  const [row] = await session.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${key}) AS locked`);
  return row?.locked === true;
}

/** Aborts `held` as soon as the session no longer holds the lock (e.g. its connection dropped). */
async function watchLock(
  session: SqlSession,
  key: bigint,
  intervalMs: number,
  held: AbortController,
): Promise<void> {
  const objid = Number(BigInt.asUintN(32, key));
  const classid = Number(BigInt.asUintN(32, key >> 32n));
  while (!held.signal.aborted) {
    await sleep(intervalMs, held.signal);
    if (held.signal.aborted) return;
    try {
      const rows = await session.query<{ one: number }>(
        `SELECT 1 AS one FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND classid = ${classid} AND objid = ${objid} AND granted`,
      );
      if (rows.length === 0) held.abort();
    } catch {
      held.abort();
    }
  }
}
