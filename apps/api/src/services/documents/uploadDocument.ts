import { createHash } from "node:crypto";
import type { Database } from "@tracemark/db";

export type UploadDocumentParameters = {
  organizationId: string;
  content: Buffer;
  contentType: string;
  fileName?: string | undefined;
};
export type DocumentSummary = {
  sha256: string;
  contentType: string;
  size: number;
  fileName: string | null;
  createdAt: Date;
};
export type UploadDocumentReturnType = { created: boolean; document: DocumentSummary };

const summary = { sha256: true, contentType: true, size: true, fileName: true, createdAt: true } as const;

/**
 * Keeps a file for the organisation under the SHA-256 of its content (the hash events attach and
 * anchor). Idempotent: the same content again returns the stored document with `created: false`.
 *
 * @example
 * const { document } = await uploadDocument(db, { organizationId, content, contentType: "application/pdf" });
 */
export async function uploadDocument(
  db: Database,
  { organizationId, content, contentType, fileName }: UploadDocumentParameters,
): Promise<UploadDocumentReturnType> {
  const sha256 = createHash("sha256").update(content).digest("hex");
  const inserted = await db.prisma.document.createMany({
    data: [
      {
        organizationId,
        sha256,
        content: new Uint8Array(content),
        contentType,
        size: content.length,
        fileName: fileName ?? null,
      },
    ],
    skipDuplicates: true,
  });
  const document = await db.prisma.document.findUniqueOrThrow({
    where: { organizationId_sha256: { organizationId, sha256 } },
    select: summary,
  });
  return { created: inserted.count === 1, document };
}
