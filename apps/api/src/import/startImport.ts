import { randomUUID } from "node:crypto";
import type { Database, Import } from "@tracemark/db";
import { uuidLockKey } from "../background/uuidLockKey.ts";
import { whileRunningOnPglite } from "./failStrandedImport.ts";
import { runImport } from "./runImport.ts";
import type { ImportFormat, ImportKind } from "./types.ts";

export type StartImportParameters = {
  organizationId: string;
  kind: ImportKind;
  format: ImportFormat;
  content: Buffer;
  fileName?: string | undefined;
  createMissing: boolean;
  maxRows: number;
  /** Told when the run fails on a fault (not on problems of the file, which the job keeps). */
  onFault: (error: unknown) => void;
};
export type StartImportReturnType = { job: Import; done: Promise<void> };

/**
 * Creates an import job (`checking`) and runs it (`runImport`) in this process, without waiting:
 * the caller answers with the job, which anyone of the organisation can follow. `done` settles
 * when the run ends (tests and the benchmark wait for it). On Postgres the job's advisory lock is
 * taken, on a connection of its own, before the job exists and held until it has finished: when
 * this process dies, Postgres frees it, and `failStrandedImport` fails the job at its next reading.
 *
 * @example
 * const { job } = await startImport(db, { organizationId, kind: "products", format: "csv", content, createMissing: false, maxRows, onFault });
 */
export async function startImport(
  db: Database,
  { organizationId, kind, format, content, fileName, createMissing, maxRows, onFault }: StartImportParameters,
): Promise<StartImportReturnType> {
  const id = randomUUID();
  let created!: { resolve: (job: Import) => void; reject: (error: unknown) => void };
  const job = new Promise<Import>((resolve, reject) => {
    created = { resolve, reject };
  });
  let exists = false;
  const run = async () => {
    const row = await db.prisma.import.create({
      data: { id, organizationId, kind, format, fileName: fileName ?? null, createMissing },
    });
    exists = true;
    created.resolve(row);
    await runImport(db, {
      importId: id,
      organizationId,
      kind,
      format,
      content,
      createMissing,
      maxRows,
    }).catch(onFault);
  };
  const held =
    db.kind === "postgres"
      ? db.withSession(async (session) => {
          await session.exec(`SELECT pg_advisory_lock(${uuidLockKey(`'${id}'::uuid`)})`);
          try {
            await run();
          } finally {
            await session.exec(`SELECT pg_advisory_unlock(${uuidLockKey(`'${id}'::uuid`)})`).catch(() => {});
          }
        })
      : whileRunningOnPglite(db, id, run);
  // Before the job exists, a failure is the caller's; after, the job's.
  const done = held.catch((error) => (exists ? onFault(error) : created.reject(error)));
  return { job: await job, done };
}
