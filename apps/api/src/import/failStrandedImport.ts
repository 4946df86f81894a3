import type { Database } from "@tracemark/db";
import { uuidLockHeld } from "../background/uuidLockKey.ts";
import type { ImportProblem } from "./types.ts";

export type FailStrandedImportParameters = { organizationId: string; importId: string };
/** Whether the job was found stranded and failed now. */
export type FailStrandedImportReturnType = boolean;

/** The problem of an import whose process ended before it finished. */
export const STRANDED_IMPORT_PROBLEM: ImportProblem = {
  row: 1,
  column: "",
  problem: "The server restarted during the import; nothing was written.",
  fix: "Please import the file again.",
};

/** Imports running in this process, per PGlite database (one process: a job not here has no holder). */
const runningOnPglite = new WeakMap<Database, Set<string>>();

/**
 * Marks an import running here while `work` runs; on PGlite only (on Postgres the job's advisory lock,
 * see `startImport`, says it).
 */
export async function whileRunningOnPglite<T>(
  db: Database,
  importId: string,
  work: () => Promise<T>,
): Promise<T> {
  const running = runningOnPglite.get(db) ?? new Set<string>();
  runningOnPglite.set(db, running);
  running.add(importId);
  try {
    return await work();
  } finally {
    running.delete(importId);
  }
}

/**
 * Fails an import left `checking` or `writing` by a process that is gone (it died, or restarted): on
 * Postgres, no session holds the job's advisory lock, which `startImport` takes before the job exists
 * and keeps until it has finished; on PGlite, this process is not running it. Its one transaction
 * never committed, so nothing was written: the job says so and asks for the file again.
 *
 * @example
 * await failStrandedImport(db, { organizationId, importId }); // before answering the job
 */
export async function failStrandedImport(
  db: Database,
  { organizationId, importId }: FailStrandedImportParameters,
): Promise<FailStrandedImportReturnType> {
  const problems = [STRANDED_IMPORT_PROBLEM];
  if (db.kind !== "postgres") {
    if (runningOnPglite.get(db)?.has(importId)) return false;
    const { count } = await db.prisma.import.updateMany({
      where: { id: importId, organizationId, phase: { in: ["checking", "writing"] } },
      data: { phase: "failed", problems, finishedAt: new Date() },
    });
    return count > 0;
  }
  const count = await db.prisma.$executeRawUnsafe(
    `UPDATE imports i SET phase = 'failed', problems = $1::jsonb, "finishedAt" = now(), "updatedAt" = now()
     WHERE i.id = $2::uuid AND i."organizationId" = $3::uuid AND i.phase IN ('checking', 'writing') AND NOT ${uuidLockHeld("i.id")}`,
    JSON.stringify(problems),
    importId,
    organizationId,
  );
  return count > 0;
}
