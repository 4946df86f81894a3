import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requirePlatformAdmin } from "../../plugins/authenticate.ts";
import { organizationSummary } from "../../services/organizations.ts";
import {
  accreditAuditor,
  admitOrganization,
  setOrganizationSuspended,
  withdrawAuditor,
} from "../../services/platform.ts";
import { openableUri, organization, walletAddress } from "../schemas.ts";

const auditor = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  walletAddress: z.string(),
  displayName: z.string(),
  accredited: z.boolean(),
  accreditedAt: z.date(),
  withdrawnAt: z.date().nullable(),
});
const orgIdParams = z.object({ orgId: z.uuid() });

/** Platform administration: admitting and suspending organisations, accrediting auditors. */
export function adminRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/admin/organizations",
      {
        schema: {
          tags: ["platform"],
          summary: "Every organisation, newest first, optionally by status",
          querystring: z.object({ status: z.enum(["pending", "active", "suspended"]).optional() }),
          response: { 200: z.array(organization) },
        },
      },
      async (request) => {
        requirePlatformAdmin(request);
        return db.prisma.organization.findMany({
          where: request.query.status ? { status: request.query.status } : {},
          select: organizationSummary,
          orderBy: { createdAt: "desc" },
        });
      },
    );

    app.post(
      "/admin/organizations/:orgId/admit",
      {
        schema: {
          tags: ["platform"],
          summary: "Admit a pending organisation (here and in the registry contract)",
          params: orgIdParams,
          body: z
            .object({ adminAddress: walletAddress.optional(), metadataUri: openableUri.optional() })
            .default({}),
          response: { 200: organization },
        },
      },
      async (request) => {
        requirePlatformAdmin(request);
        return admitOrganization(db, { organizationId: request.params.orgId, ...request.body });
      },
    );

    for (const [action, suspended] of [
      ["suspend", true],
      ["reinstate", false],
    ] as const) {
      app.post(
        `/admin/organizations/:orgId/${action}`,
        {
          schema: {
            tags: ["platform"],
            summary: `${action[0]?.toUpperCase()}${action.slice(1)} an organisation`,
            params: orgIdParams,
            response: { 200: organization },
          },
        },
        async (request) => {
          requirePlatformAdmin(request);
          return setOrganizationSuspended(db, request.params.orgId, suspended);
        },
      );
    }

    app.get(
      "/admin/auditors",
      { schema: { tags: ["platform"], summary: "Auditors", response: { 200: z.array(auditor) } } },
      async (request) => {
        requirePlatformAdmin(request);
        return db.prisma.auditor.findMany({ orderBy: { accreditedAt: "desc" } });
      },
    );

    app.post(
      "/admin/auditors",
      {
        schema: {
          tags: ["platform"],
          summary: "Accredit a user with a linked wallet as an auditor",
          body: z.object({ userId: z.uuid(), displayName: z.string().trim().min(1).max(200) }),
          response: { 201: auditor },
        },
      },
      async (request, reply) => {
        requirePlatformAdmin(request);
        return reply.code(201).send(await accreditAuditor(db, request.body));
      },
    );

    app.delete(
      "/admin/auditors/:auditorId",
      {
        schema: {
          tags: ["platform"],
          summary: "Withdraw an auditor's accreditation",
          params: z.object({ auditorId: z.uuid() }),
        },
      },
      async (request, reply) => {
        requirePlatformAdmin(request);
        await withdrawAuditor(db, request.params.auditorId);
        return reply.code(204).send();
      },
    );
  };
}
