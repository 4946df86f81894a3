import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { requireOrgRole } from "../../plugins/authenticate.ts";
import { downloadDocument } from "../../services/downloadDocument.ts";
import { uploadDocument } from "../../services/uploadDocument.ts";
import { sha256Hex } from "../events/schemas.ts";
import { orgParams } from "../schemas.ts";

const documentSummary = z.object({
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
          querystring: z.object({ fileName: z.string().trim().min(1).max(255).optional() }),
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
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        const document = await downloadDocument(db, {
          organizationId: request.params.orgId,
          sha256: request.params.sha256,
        });
        reply.type(document.contentType);
        reply.header("x-content-type-options", "nosniff");
        reply.header(
          "content-disposition",
          `attachment; filename="${(document.fileName ?? request.params.sha256).replaceAll(/["\\\r\n]/g, "_")}"`,
        );
        return reply.send(Buffer.from(document.content));
      },
    );
  };
}
