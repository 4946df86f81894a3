import type { Database } from "@tracemark/db";
import { ProblemError } from "../errors/problem.ts";

export type DownloadDocumentParameters = { organizationId: string; sha256: string };
export type DownloadDocumentReturnType = {
  content: Uint8Array;
  contentType: string;
  fileName: string | null;
};

/**
 * The content of one of the organisation's documents, by SHA-256; 404 when it has none.
 *
 * @example
 * const { content, contentType } = await downloadDocument(db, { organizationId, sha256 });
 */
export async function downloadDocument(
  db: Database,
  { organizationId, sha256 }: DownloadDocumentParameters,
): Promise<DownloadDocumentReturnType> {
  const document = await db.prisma.document.findUnique({
    where: { organizationId_sha256: { organizationId, sha256 } },
    select: { content: true, contentType: true, fileName: true },
  });
  if (!document)
    throw new ProblemError(404, "Not Found", "This organisation has no document with this hash.");
  return document;
}
