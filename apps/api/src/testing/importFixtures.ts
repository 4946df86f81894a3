import type { Database, Import } from "@tracemark/db";
import { sleep } from "../background/sleep.ts";

/** The import job once it has finished (succeeded or failed), polling the database. */
export async function finishedImport(db: Database, importId: string): Promise<Import> {
  for (;;) {
    const job = await db.prisma.import.findUniqueOrThrow({ where: { id: importId } });
    if (job.phase === "succeeded" || job.phase === "failed") return job;
    await sleep(20);
  }
}

/** A CSV file of a header and rows, CRLF line ends. */
export function csvOf(header: string[], rows: string[][]): string {
  return [header, ...rows].map((cells) => cells.join(",")).join("\r\n");
}
