import { cbvBusinessSteps } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { requireOrgRole, requireUser } from "../../plugins/authenticate.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "../../services/auth/apiKeys.ts";
import { roleIn } from "../../services/auth/principal.ts";
import { requireVerifiedEmail } from "../../services/auth/users.ts";
import { eventVisibility } from "../../services/events/schemas.ts";
import { validateGln } from "../../services/identifiers/gs1.ts";
import {
  acceptInvitation,
  acceptInvitationByToken,
  createOrganization,
  invitationSummary,
  inviteByEmail,
  inviteByWallet,
  listMembers,
  organizationSummary,
  previewInvitation,
  setMemberRole,
} from "../../services/orgs/organizations.ts";
import { getVisibilitySettings, setVisibilitySettings } from "../../services/orgs/visibilitySettings.ts";
import { orgRead } from "../orgRead.ts";
import { gln, openableUri, organization, orgParams, role, walletAddress } from "../schemas.ts";

const member = z.object({
  userId: z.uuid(),
  role,
  joinedAt: z.date(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  walletAddress: z.string().nullable(),
});
const invitation = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  /** Set for an invitation by wallet. */
  walletAddress: z.string().nullable(),
  /** Set for an invitation by email. */
  email: z.string().nullable(),
  role,
  createdAt: z.date(),
  /** When an emailed link stops working (invitations by email). */
  expiresAt: z.date().nullable(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
const apiKey = z.object({
  id: z.uuid(),
  name: z.string(),
  role,
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

/** Organisations, their members, invitations and API keys. */
export function organizationRoutes({ db, config }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/orgs",
      {
        schema: {
          tags: ["organisations"],
          summary: "Create an organisation (you become its owner; pending until admitted)",
          body: z.object({ name: z.string().trim().min(1).max(200), gln: gln.optional() }),
          response: { 201: organization },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        if (request.body.gln) validateGln(request.body.gln, "body.gln");
        await requireVerifiedEmail(db, user.userId, "create an organisation");
        return reply.code(201).send(await createOrganization(db, user.userId, request.body));
      },
    );

    app.get(
      "/orgs",
      {
        schema: {
          tags: ["organisations"],
          summary: "Your organisations",
          response: { 200: z.array(organization.extend({ role })) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const organizations = await db.prisma.organization.findMany({
          where: { id: { in: [...user.roles.keys()] } },
          select: organizationSummary,
          orderBy: { name: "asc" },
        });
        return organizations.flatMap((org) => {
          const memberRole = user.roles.get(org.id);
          return memberRole ? [{ ...org, role: memberRole }] : [];
        });
      },
    );

    app.get(
      "/orgs/:orgId",
      {
        schema: {
          tags: ["organisations"],
          summary: "An organisation",
          params: orgParams,
          response: { 200: organization },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "viewer");
        return db.prisma.organization.findUniqueOrThrow({
          where: { id: request.params.orgId },
          select: organizationSummary,
        });
      },
    );

    app.patch(
      "/orgs/:orgId",
      {
        schema: {
          tags: ["organisations"],
          summary: "Update an organisation's profile",
          params: orgParams,
          body: z
            .object({
              name: z.string().trim().min(1).max(200),
              gln: gln.nullable(),
              metadataUri: openableUri.nullable(),
            })
            .partial(),
          response: { 200: organization },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "admin");
        if (request.body.gln) validateGln(request.body.gln, "body.gln");
        return db.prisma.organization.update({
          where: { id: request.params.orgId },
          data: request.body,
          select: organizationSummary,
        });
      },
    );

    const visibilitySettings = z.strictObject({
      defaultVisibility: eventVisibility,
      bizStepVisibility: z.partialRecord(z.enum(cbvBusinessSteps), eventVisibility),
    });
    orgRead(app, {
      url: "/orgs/:orgId/visibility",
      tags: ["organisations"],
      summary: "Who sees the organisation's events by default, overall and per business step",
      response: visibilitySettings,
      role: "viewer",
      read: (organizationId) => getVisibilitySettings(db, organizationId),
    });

    app.put(
      "/orgs/:orgId/visibility",
      {
        schema: {
          tags: ["organisations"],
          summary: "Set the visibility defaults applied to events captured from now on",
          params: orgParams,
          body: visibilitySettings,
          response: { 200: visibilitySettings },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "admin");
        return setVisibilitySettings(db, request.params.orgId, {
          defaultVisibility: request.body.defaultVisibility,
          bizStepVisibility: Object.fromEntries(
            Object.entries(request.body.bizStepVisibility).flatMap(([step, v]) => (v ? [[step, v]] : [])),
          ),
        });
      },
    );

    orgRead(app, {
      url: "/orgs/:orgId/members",
      tags: ["team"],
      summary: "Members and their roles",
      response: z.array(member),
      role: "viewer",
      read: (organizationId) => listMembers(db, organizationId),
    });

    app.put(
      "/orgs/:orgId/members/:userId",
      {
        schema: {
          tags: ["team"],
          summary: "Change a member's role",
          params: orgParams.extend({ userId: z.uuid() }),
          body: z.object({ role }),
          response: { 204: z.null().describe("Role changed") },
        },
      },
      async (request, reply) => {
        const principal = requireOrgRole(request, request.params.orgId, "admin");
        const actorRole = roleIn(principal, request.params.orgId) ?? "viewer";
        await setMemberRole(db, {
          ...request.params,
          organizationId: request.params.orgId,
          actorRole,
          role: request.body.role,
        });
        return reply.code(204).send(null);
      },
    );

    app.delete(
      "/orgs/:orgId/members/:userId",
      {
        schema: {
          tags: ["team"],
          summary: "Remove a member",
          params: orgParams.extend({ userId: z.uuid() }),
          response: { 204: z.null().describe("Removed") },
        },
      },
      async (request, reply) => {
        const principal = requireOrgRole(request, request.params.orgId, "admin");
        const actorRole = roleIn(principal, request.params.orgId) ?? "viewer";
        await setMemberRole(db, {
          userId: request.params.userId,
          organizationId: request.params.orgId,
          actorRole,
          role: null,
        });
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/orgs/:orgId/invitations",
      {
        schema: {
          tags: ["team"],
          summary:
            "Invite someone to join: a wallet address, or an email (mailed a single-use link that works for 7 days)",
          params: orgParams,
          body: z.union([
            z.object({ walletAddress, role }).strict(),
            z.object({ email: z.email().max(254), role }).strict(),
          ]),
          response: { 201: invitation },
        },
      },
      async (request, reply) => {
        const principal = requireOrgRole(request, request.params.orgId, "admin");
        if (principal.kind !== "user")
          throw new ProblemError(403, "Forbidden", "Invitations are sent by people, not API keys.");
        const inviter = {
          organizationId: request.params.orgId,
          actorRole: roleIn(principal, request.params.orgId) ?? "viewer",
          invitedById: principal.userId,
        };
        const { body } = request;
        const created =
          "email" in body
            ? await inviteByEmail(db, { ...inviter, ...body, webUrl: config.mail.webUrl })
            : await inviteByWallet(db, { ...inviter, ...body });
        return reply.code(201).send(created);
      },
    );

    app.get(
      "/orgs/:orgId/invitations",
      {
        schema: {
          tags: ["team"],
          summary: "Invitations sent",
          params: orgParams,
          response: { 200: z.array(invitation) },
        },
      },
      async (request) => {
        requireOrgRole(request, request.params.orgId, "admin");
        return db.prisma.invitation.findMany({
          where: { organizationId: request.params.orgId },
          orderBy: { createdAt: "desc" },
          select: invitationSummary,
        });
      },
    );

    app.delete(
      "/orgs/:orgId/invitations/:invitationId",
      {
        schema: {
          tags: ["team"],
          summary: "Withdraw an invitation",
          params: orgParams.extend({ invitationId: z.uuid() }),
          response: { 204: z.null().describe("Withdrawn") },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "admin");
        const { count } = await db.prisma.invitation.updateMany({
          where: {
            id: request.params.invitationId,
            organizationId: request.params.orgId,
            acceptedAt: null,
            revokedAt: null,
          },
          data: { revokedAt: new Date() },
        });
        if (count === 0) throw new ProblemError(404, "Not Found", "No open invitation with this id.");
        return reply.code(204).send(null);
      },
    );

    app.get(
      "/invitations",
      {
        schema: {
          tags: ["team"],
          summary: "Open invitations for your linked wallet, with the inviting organisation's name",
          response: { 200: z.array(invitation.extend({ organizationName: z.string() })) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        if (!user.walletAddress) return [];
        const open = await db.prisma.invitation.findMany({
          where: { walletAddress: user.walletAddress, acceptedAt: null, revokedAt: null },
          select: { ...invitationSummary, organization: { select: { name: true } } },
        });
        return open.map(({ organization, ...rest }) => ({ ...rest, organizationName: organization.name }));
      },
    );

    app.post(
      "/invitations/preview",
      {
        schema: {
          tags: ["team"],
          summary:
            "What an emailed invitation link offers (organisation, role, email), before signing in (404 unknown, 410 used, withdrawn or expired)",
          body: z.object({ token: z.string().min(1).max(200) }),
          response: {
            200: z.object({ organizationName: z.string(), role, email: z.string(), expiresAt: z.date() }),
          },
        },
      },
      async (request) => previewInvitation(db, request.body.token),
    );

    app.post(
      "/invitations/accept",
      {
        schema: {
          tags: ["team"],
          summary:
            "Accept an invitation with its emailed link: join with the invited role (your verified email must be the invited one)",
          body: z.object({ token: z.string().min(1).max(200) }),
          response: { 200: z.object({ organizationId: z.uuid(), role }) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        return acceptInvitationByToken(db, { token: request.body.token, userId: user.userId });
      },
    );

    app.post(
      "/invitations/:invitationId/accept",
      {
        schema: {
          tags: ["team"],
          summary: "Accept an invitation addressed to your wallet",
          params: z.object({ invitationId: z.uuid() }),
          response: { 200: z.object({ organizationId: z.uuid(), role }) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        return acceptInvitation(db, {
          invitationId: request.params.invitationId,
          userId: user.userId,
          walletAddress: user.walletAddress,
        });
      },
    );

    app.post(
      "/orgs/:orgId/api-keys",
      {
        schema: {
          tags: ["api keys"],
          summary: "Create an API key (the secret is shown once)",
          params: orgParams,
          body: z.object({ name: z.string().trim().min(1).max(100), role: role.exclude(["owner"]) }),
          response: { 201: apiKey.extend({ key: z.string() }) },
        },
      },
      async (request, reply) => {
        const principal = requireOrgRole(request, request.params.orgId, "admin");
        const created = await createApiKey(db, {
          organizationId: request.params.orgId,
          ...request.body,
          createdById: principal.kind === "user" ? principal.userId : principal.createdById,
          creatorRole: roleIn(principal, request.params.orgId) ?? "viewer",
        });
        return reply.code(201).send(created);
      },
    );

    orgRead(app, {
      url: "/orgs/:orgId/api-keys",
      tags: ["api keys"],
      summary: "API keys",
      response: z.array(apiKey),
      role: "admin",
      read: (organizationId) => listApiKeys(db, organizationId),
    });

    app.delete(
      "/orgs/:orgId/api-keys/:keyId",
      {
        schema: {
          tags: ["api keys"],
          summary: "Revoke an API key",
          params: orgParams.extend({ keyId: z.uuid() }),
          response: { 204: z.null().describe("Revoked") },
        },
      },
      async (request, reply) => {
        requireOrgRole(request, request.params.orgId, "admin");
        await revokeApiKey(db, request.params.orgId, request.params.keyId);
        return reply.code(204).send(null);
      },
    );
  };
}
