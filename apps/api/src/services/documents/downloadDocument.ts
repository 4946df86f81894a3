import type { Database } from "@tracemark/db";
import { NotFoundError } from "../../errors/domain.ts";

export type DownloadDocumentParameters = { organizationId: string; sha256: string };
export type DownloadDocumentReturnType = {
  content: Uint8Array;
  contentType: string;
  fileName: string | null;
};

/**
 * The content of one of the organisation's documents, by SHA-256, or of a document shared with it:
 * one the owner of a lot shipped to it attached to its own event of that lot (see
 * `listLotDocuments`); `NotFoundError` when it has neither.
 *
 * @example
 * const { content, contentType } = await downloadDocument(db, { organizationId, sha256 });
 */
export async function downloadDocument(
  db: Database,
  { organizationId, sha256 }: DownloadDocumentParameters,
): Promise<DownloadDocumentReturnType> {
  const select = { content: true, contentType: true, fileName: true } as const;
  const own = await db.prisma.document.findUnique({
    where: { organizationId_sha256: { organizationId, sha256 } },
    select,
  });
  if (own) return own;
  const [shared] = await db.prisma.$queryRaw<{ organizationId: string }[]>`
    SELECT ed."organizationId" FROM event_documents ed
    JOIN events e ON e.id = ed."eventId"
    JOIN lots l ON l."organizationId" = ed."organizationId"
     AND (l.id = e."lotId" OR l.id IN (SELECT i."lotId" FROM event_identifiers i WHERE i."eventId" = e.id))
    WHERE ed."documentSha256" = ${sha256}
      AND EXISTS (SELECT 1 FROM custody_transfers t WHERE t."lotId" = l.id AND t."toOrgId" = ${organizationId}::uuid
                  AND t.status IN ('pending', 'completed'))
    LIMIT 1`;
  const document =
    shared &&
    (await db.prisma.document.findUnique({
      where: { organizationId_sha256: { organizationId: shared.organizationId, sha256 } },
      select,
    }));
  if (!document) throw new NotFoundError("This organisation has no document with this hash.");
  return document;
}
