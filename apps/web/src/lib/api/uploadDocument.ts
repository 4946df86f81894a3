import "server-only";
import { api, dataOf } from "./api";

/**
 * Uploads a file as a document of the organisation (stored by its SHA-256, the same content again
 * is the same document) and returns its SHA-256, for an event or a proof point to name.
 *
 * @example
 * const sha256 = await uploadDocument(orgId, file);
 */
export async function uploadDocument(orgId: string, file: File): Promise<string> {
  const uploaded = await dataOf(
    api.POST("/orgs/{orgId}/documents", {
      params: { path: { orgId }, query: { fileName: file.name } },
      // The document's bytes as they are.
      body: file,
      bodySerializer: (bytes) => bytes,
      headers: { "content-type": file.type || "application/octet-stream" },
    }),
  );
  return uploaded.sha256;
}
