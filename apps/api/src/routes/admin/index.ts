import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { requirePlatformAdmin } from "../../plugins/authenticate.ts";
import {
  getOrganizationForAdmin,
  listAuditorsForAdmin,
  listOrganizationsForAdmin,
  listUsersForAdmin,
  readSystemStatus,
} from "../../services/admin/adminConsole.ts";
import {
  accreditAuditor,
  admitOrganization,
  setOrganizationSuspended,
  withdrawAuditor,
} from "../../services/orgs/platform.ts";
import { openableUri, organization, page, pageQuery, role, walletAddress } from "../schemas.ts";

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
export function adminRoutes({ db, chain, config }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/admin/organizations",
      {
        schema: {
          tags: ["platform"],
          summary: "Organisations, newest first, by status and name, a page at a time",
          querystring: pageQuery.extend({
            status: organization.shape.status.optional(),
            q: z.string().trim().min(1).max(200).optional(),
          }),
          response: { 200: page(organization.extend({ memberCount: z.number() })) },
        },
      },
      async (request) => {
        requirePlatformAdmin(request);
        return listOrganizationsForAdmin(db, request.query);
      },
    );

    app.get(
      "/admin/organizations/:orgId",
      {
        schema: {
          tags: ["platform"],
          summary: "An organisation's details, counts and members",
          params: orgIdParams,
          response: {
            200: organization.extend({
              updatedAt: z.date(),
              defaultVisibility: z.string(),
              counts: z.record(z.string(), z.number()),
              members: z.array(
                z.object({
                  id: z.uuid(),
                  email: z.string().nullable(),
                  name: z.string().nullable(),
                  walletAddress: z.string().nullable(),
                  role,
                  joinedAt: z.date(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        requirePlatformAdmin(request);
        return getOrganizationForAdmin(db, request.params.orgId);
      },
    );

    app.get(
      "/admin/users",
      {
        schema: {
          tags: ["platform"],
          summary: "Users with a linked wallet (who may be accredited as auditors), by email, name or wallet",
          querystring: pageQuery.extend({ q: z.string().trim().min(1).max(200).optional() }),
          response: {
            200: page(
              z.object({
                id: z.uuid(),
                email: z.string().nullable(),
                name: z.string().nullable(),
                walletAddress: z.string().nullable(),
                auditor: z.object({ id: z.uuid(), accredited: z.boolean() }).nullable(),
              }),
            ),
          },
        },
      },
      async (request) => {
        requirePlatformAdmin(request);
        return listUsersForAdmin(db, request.query);
      },
    );

    app.get(
      "/admin/status",
      {
        schema: {
          tags: ["platform"],
          summary:
            "Whether the API is ready, and the pipeline's figures (pending events, indexer lag, relayer balances)",
          response: {
            200: z.object({
              ready: z.boolean(),
              reason: z.string().nullable(),
              pipeline: z
                .object({
                  captureQueueDepth: z.number(),
                  pendingEvents: z.number(),
                  oldestPendingEventAgeSeconds: z.number(),
                  submitterNonceLag: z.number(),
                  webhookBacklog: z.number(),
                  headBlock: z.string().nullable(),
                  indexed: z.array(
                    z.object({
                      chainId: z.number(),
                      blockNumber: z.string(),
                      lagBlocks: z.number().nullable(),
                    }),
                  ),
                  relayerBalances: z.array(z.object({ address: z.string(), ether: z.number() })),
                })
                .nullable(),
            }),
          },
        },
      },
      async (request) => {
        requirePlatformAdmin(request);
        return readSystemStatus({ db, chain, timeoutMs: config.healthTimeoutMs });
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
      {
        schema: {
          tags: ["platform"],
          summary: "Auditors, newest first, each with its latest accreditation or withdrawal on chain",
          querystring: pageQuery,
          response: {
            200: page(
              auditor.extend({
                email: z.string().nullable(),
                chain: z
                  .object({
                    kind: z.string(),
                    state: z.enum(["queued", "unsent", "sent", "mined", "reverted", "dropped"]),
                    hash: z.string().nullable(),
                    error: z.string().nullable(),
                  })
                  .nullable(),
              }),
            ),
          },
        },
      },
      async (request) => {
        requirePlatformAdmin(request);
        return listAuditorsForAdmin(db, request.query);
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
          response: { 204: z.null().describe("Withdrawn") },
        },
      },
      async (request, reply) => {
        requirePlatformAdmin(request);
        await withdrawAuditor(db, request.params.auditorId);
        return reply.code(204).send(null);
      },
    );
  };
}
