import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { downloadDocument } from "../../services/documents/downloadDocument.ts";
import { uploadDocument } from "../../services/documents/uploadDocument.ts";
import { sha256Hex } from "../../services/events/schemas.ts";
import { fileBody, fileResponse, orgParams } from "../schemas.ts";
import { sendDocument } from "./sendDocument.ts";

/**
 * A file name as given, without control characters (C0, DEL, C1) or bidirectional controls (which can
 * make `invoice\u202Efdp.exe` read as `invoice.exe.pdf`); refused when nothing printable is left.
 */
const fileName = z
  .string()
  .transform((value) => value.replaceAll(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ""))
  .pipe(z.string().trim().min(1, "has no printable characters").max(255));

/** A stored document as its owner sees it (download it by `sha256`). */
export const documentSummary = z.object({
  sha256: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  fileName: z.string().nullable(),
  createdAt: z.date(),
});

/**
 * Documents attached to events, stored by the SHA-256 of their content: uploaded as the raw
 * request body (any content type, kept), downloaded by members.
 */
export function documentRoutes({ db, config }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // In this plugin only: every body is raw bytes, whatever its content type (JSON files included).
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      "*",
      { parseAs: "buffer", bodyLimit: config.documentMaxBytes },
      (_r, body, done) => done(null, body),
    );

    app.post(
      "/orgs/:orgId/documents",
      {
        bodyLimit: config.documentMaxBytes,
        schema: {
          tags: ["documents"],
          summary: "Upload a document (raw body; stored by its SHA-256; the same content again is 200)",
          params: orgParams,
          querystring: z.object({ fileName: fileName.optional() }),
          consumes: ["*/*"],
          body: fileBody,
          response: { 200: documentSummary, 201: documentSummary },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "operator");
        const content = request.body;
        if (!Buffer.isBuffer(content) || content.length === 0) {
          throw new ProblemError(422, "Invalid request", "body: the document is empty", {
            errors: [{ field: "body", message: "the document is empty" }],
          });
        }
        const { created, document } = await uploadDocument(db, {
          organizationId: request.params.orgId,
          content,
          contentType: request.headers["content-type"] ?? "application/octet-stream",
          fileName: request.query.fileName,
        });
        return reply.code(created ? 201 : 200).send(document);
      },
    );

    app.get(
      "/orgs/:orgId/documents/:sha256",
      {
        schema: {
          tags: ["documents"],
          summary: "Download a document by its SHA-256 (members only)",
          params: orgParams.extend({ sha256: sha256Hex }),
          response: { 200: fileResponse("The document, in the content type it was uploaded with", ["*/*"]) },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        const document = await downloadDocument(db, {
          organizationId: request.params.orgId,
          sha256: request.params.sha256,
        });
        return sendDocument(reply, document, request.params.sha256);
      },
    );
  };
}
