import type { Database, Import } from "@tracemark/db";
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
 * when the run ends (tests and the benchmark wait for it).
 *
 * @example
 * const { job } = await startImport(db, { organizationId, kind: "products", format: "csv", content, createMissing: false, maxRows, onFault });
 */
export async function startImport(
  db: Database,
  { organizationId, kind, format, content, fileName, createMissing, maxRows, onFault }: StartImportParameters,
): Promise<StartImportReturnType> {
  const job = await db.prisma.import.create({
    data: { organizationId, kind, format, fileName: fileName ?? null, createMissing },
  });
  const done = runImport(db, {
    importId: job.id,
    organizationId,
    kind,
    format,
    content,
    createMissing,
    maxRows,
  }).catch(onFault);
  return { job, done };
}
