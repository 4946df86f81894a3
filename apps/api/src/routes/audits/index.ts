import { documentFileSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requirePrincipal } from "../../plugins/authenticate.ts";
import { listAccreditedAuditors, listAuditorRequests } from "../../services/attestations/auditors.ts";
import { createAuditRequest, listAuditRequests } from "../../services/attestations/auditRequests.ts";
import { auditedEventColumns, getAuditedLot } from "../../services/attestations/getAuditedLot.ts";
import { eventDetail } from "../../services/events/schemas.ts";
import { auditorRoute } from "../auditorRoute.ts";
import { lot } from "../lots/index.ts";
import { orgRead } from "../orgRead.ts";
import { orgRoute } from "../orgRoute.ts";
import { proofPointResponse } from "../proofPoints/index.ts";
import { lotNaming } from "../schemas.ts";

const auditRequest = z.object({
  id: z.uuid(),
  auditorId: z.uuid(),
  auditorName: z.string(),
  auditorAddress: z.string(),
  lotId: z.uuid(),
  ...lotNaming.shape,
  note: z.string().nullable(),
  createdAt: z.date(),
});

/** Audit requests (organisation side), the auditor directory, and what auditors are asked to audit. */
export function auditRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/audit-requests",
      tags: ["audits"],
      summary: "Ask an accredited auditor to audit one of your lots",
      body: z.object({
        auditorId: z.uuid(),
        lotId: z.uuid(),
        note: z.string().trim().max(2000).optional(),
      }),
      status: 201,
      response: auditRequest,
      role: "admin",
      handle: ({ params, body }) => createAuditRequest(db, { organizationId: params.orgId, ...body }),
    });

    orgRead(app, {
      url: "/orgs/:orgId/audit-requests",
      tags: ["audits"],
      summary: "Audit requests your organisation has made",
      response: z.array(auditRequest),
      role: "viewer",
      read: (organizationId) => listAuditRequests(db, organizationId),
    });

    app.get(
      "/auditors",
      {
        schema: {
          tags: ["audits"],
          summary: "Accredited auditors, to pick one for an audit request",
          response: {
            200: z.array(
              z.object({
                id: z.uuid(),
                displayName: z.string(),
                walletAddress: z.string(),
                accreditedAt: z.date(),
              }),
            ),
          },
        },
      },
      async (request) => {
        requirePrincipal(request);
        return listAccreditedAuditors(db);
      },
    );

    auditorRoute(app, db, {
      method: "GET",
      url: "/auditor/requests",
      tags: ["auditor"],
      summary: "The lots you are asked to audit (accredited auditors)",
      response: z.array(
        z.object({
          id: z.uuid(),
          lotId: z.uuid(),
          lotCode: z.string(),
          recallState: z.enum(["none", "recalled"]),
          gtin: z.string(),
          productName: z.string(),
          organizationId: z.uuid(),
          organizationName: z.string(),
          note: z.string().nullable(),
          createdAt: z.date(),
        }),
      ),
      accredited: true,
      handle: ({ auditor }) => listAuditorRequests(db, auditor.id),
    });

    auditorRoute(app, db, {
      method: "GET",
      url: "/auditor/lots/:lotId",
      tags: ["auditor"],
      summary: "A lot you are asked to audit: product, organisation, events, and the attestation subject",
      params: z.object({ lotId: z.uuid() }),
      response: lot
        .pick({
          id: true,
          lotCode: true,
          productionDate: true,
          expiryDate: true,
          quantity: true,
          unit: true,
          recallState: true,
        })
        .extend({
          product: z.object({
            gtin: z.string(),
            name: z.string(),
            description: z.string().nullable(),
            category: z.string().nullable(),
          }),
          organization: z.object({ id: z.uuid(), name: z.string() }),
          requestNote: z.string().nullable(),
          attestationSubject: z.object({
            orgId: z.string(),
            subjectKind: z.literal("lot"),
            subject: z.string(),
          }),
          events: z.array(
            eventDetail.pick({ ...auditedEventColumns, anchorStatus: true }).extend({
              readPoint: z.string().nullable(),
              bizLocation: z.string().nullable(),
              /** The organisation's name and town of `bizLocation` (else `readPoint`), when it registered it. */
              place: z.string().nullable(),
            }),
          ),
          inputs: z.array(z.object({ id: z.uuid(), ...lotNaming.shape, organizationName: z.string() })),
          documents: z.array(z.object({ eventId: z.uuid(), ...documentFileSchema.shape })),
          proofPoints: z.array(proofPointResponse),
        }),
      accredited: true,
      handle: ({ auditor, params }) => getAuditedLot(db, { auditorId: auditor.id, lotId: params.lotId }),
    });
  };
}
