import { create as contentDisposition } from "content-disposition";
import type { FastifyReply } from "fastify";

/**
 * Sends a stored document as a download: its content type, never sniffed, never run as a page of
 * this origin (`sandbox`), and its file name per RFC 6266 (an ASCII `filename` for old clients,
 * `filename*=UTF-8''…` per RFC 8187 for the name as stored), else `fallbackName`.
 *
 * @example
 * return sendDocument(reply, await downloadDocument(db, { organizationId, sha256 }), sha256)
 */
export function sendDocument(
  reply: FastifyReply,
  document: { content: Uint8Array; contentType: string; fileName: string | null },
  fallbackName: string,
) {
  reply.type(document.contentType);
  reply.header("x-content-type-options", "nosniff");
  reply.header("content-security-policy", "sandbox");
  reply.header("content-disposition", contentDisposition(document.fileName ?? fallbackName));
  return reply.send(Buffer.from(document.content));
}
