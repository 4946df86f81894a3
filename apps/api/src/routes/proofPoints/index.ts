import { documentFileSchema, proofPointClaims } from "@tracemark/sdk";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requireUser } from "../../plugins/authenticate.ts";
import { requireAuditor } from "../../services/attestations/auditors.ts";
import {
  createProofPoint,
  type EvidenceDocumentParameters,
  getEvidenceDocument,
  listProofPoints,
} from "../../services/attestations/proofPoints.ts";
import { sha256Hex } from "../../services/events/schemas.ts";
import { sendDocument } from "../documents/sendDocument.ts";
import { orgRead } from "../orgRead.ts";
import { orgRoute } from "../orgRoute.ts";
import { attestationStatus, fileResponse, lotNaming } from "../schemas.ts";

const claim = z.enum(Object.keys(proofPointClaims) as [keyof typeof proofPointClaims]);

/** A proof point as its organisation and its auditor see it. */
export const proofPointResponse = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  lotId: z.uuid(),
  ...lotNaming.shape,
  auditorId: z.uuid(),
  auditorName: z.string(),
  auditorAddress: z.string(),
  claim,
  claimDetail: z.string().nullable(),
  claimText: z.string().describe("The claim string the attestation must carry"),
  validUntil: z.date().nullable(),
  evidence: z.array(documentFileSchema.extend({ public: z.boolean() })),
  evidenceHash: z.string().describe("The audit schema's evidenceHash the attestation must carry"),
  state: z.enum(["requested", "attested", "expired", "revoked"]),
  attestation: z
    .object({
      id: z.uuid(),
      uid: z.string().nullable(),
      status: attestationStatus,
      expiresAt: z.date().nullable(),
      revokedAt: z.date().nullable(),
    })
    .nullable(),
  createdAt: z.date(),
});

const evidenceParams = z.object({ proofPointId: z.uuid(), sha256: sha256Hex });

/**
 * Proof points: an organisation asks an accredited auditor to attest a claim about its lot with
 * evidence documents; the auditor downloads the evidence; the public downloads public evidence.
 */
export function proofPointRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/proof-points",
      tags: ["audits"],
      summary: "Ask an accredited auditor to attest a claim about one of your lots, with evidence documents",
      body: z.object({
        lotId: z.uuid(),
        auditorId: z.uuid(),
        claim,
        claimDetail: z.string().trim().max(300).optional(),
        validUntil: z.coerce.date().optional(),
        evidence: z
          .array(z.object({ sha256: sha256Hex, public: z.boolean().default(false) }))
          .min(1, "attach at least one evidence document")
          .max(20),
      }),
      status: 201,
      response: proofPointResponse,
      role: "admin",
      handle: ({ params, body }) => createProofPoint(db, { organizationId: params.orgId, ...body }),
    });

    orgRead(app, {
      url: "/orgs/:orgId/proof-points",
      tags: ["audits"],
      summary: "The proof points your organisation requested, newest first",
      querystring: z.object({ lotId: z.uuid().optional() }),
      response: z.array(proofPointResponse),
      role: "viewer",
      read: (organizationId, query) => listProofPoints(db, organizationId, query.lotId),
    });

    /** An evidence download: the same document for each reader its guard lets through. */
    const evidenceDownload = (
      url: string,
      tag: string,
      summary: string,
      readerOf: (request: FastifyRequest) => Promise<EvidenceDocumentParameters["reader"]>,
    ) =>
      app.get(
        url,
        {
          schema: {
            tags: [tag],
            summary,
            params: evidenceParams,
            response: {
              200: fileResponse("The evidence, in the content type it was uploaded with", ["*/*"]),
            },
          },
        },
        async (request, reply) => {
          const reader = await readerOf(request);
          const document = await getEvidenceDocument(db, { ...request.params, reader });
          return sendDocument(reply, document, request.params.sha256);
        },
      );
    evidenceDownload(
      "/auditor/proof-points/:proofPointId/evidence/:sha256",
      "auditor",
      "Download an evidence document of a proof point you are asked to attest",
      async (request) => {
        const auditor = await requireAuditor(db, requireUser(request).userId, { accredited: false });
        return { auditorId: auditor.id };
      },
    );
    evidenceDownload(
      "/public/proof-points/:proofPointId/evidence/:sha256",
      "public",
      "Download a public evidence document of an attested proof point",
      async () => "public",
    );
  };
}
