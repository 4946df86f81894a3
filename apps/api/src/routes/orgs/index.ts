import type { Role } from "@tracemark/db";
import { cbvBusinessSteps } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { requireUser } from "../../plugins/authenticate.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "../../services/auth/apiKeys.ts";
import { type Principal, roleIn } from "../../services/auth/principal.ts";
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
import { orgRoute } from "../orgRoute.ts";
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

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId",
      tags: ["organisations"],
      summary: "An organisation",
      response: organization,
      role: "viewer",
      handle: ({ params }) =>
        db.prisma.organization.findUniqueOrThrow({
          where: { id: params.orgId },
          select: organizationSummary,
        }),
    });

    orgRoute(app, {
      method: "PATCH",
      url: "/orgs/:orgId",
      tags: ["organisations"],
      summary: "Update an organisation's profile",
      body: z
        .object({
          name: z.string().trim().min(1).max(200),
          gln: gln.nullable(),
          metadataUri: openableUri.nullable(),
        })
        .partial(),
      response: organization,
      role: "admin",
      handle: ({ params, body }) => {
        if (body.gln) validateGln(body.gln, "body.gln");
        return db.prisma.organization.update({
          where: { id: params.orgId },
          data: body,
          select: organizationSummary,
        });
      },
    });

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

    orgRoute(app, {
      method: "PUT",
      url: "/orgs/:orgId/visibility",
      tags: ["organisations"],
      summary: "Set the visibility defaults applied to events captured from now on",
      body: visibilitySettings,
      response: visibilitySettings,
      role: "admin",
      handle: ({ params, body }) =>
        setVisibilitySettings(db, params.orgId, {
          defaultVisibility: body.defaultVisibility,
          bizStepVisibility: Object.fromEntries(
            Object.entries(body.bizStepVisibility).flatMap(([step, v]) => (v ? [[step, v]] : [])),
          ),
        }),
    });

    orgRead(app, {
      url: "/orgs/:orgId/members",
      tags: ["team"],
      summary: "Members and their roles",
      response: z.array(member),
      role: "viewer",
      read: (organizationId) => listMembers(db, organizationId),
    });

    const memberParams = orgParams.extend({ userId: z.uuid() });
    /** Gives the member `role` (none: removes them), as far as the caller's own role allows. */
    const setRole = (params: z.output<typeof memberParams>, principal: Principal, role: Role | null) =>
      setMemberRole(db, {
        userId: params.userId,
        organizationId: params.orgId,
        actorRole: roleIn(principal, params.orgId) ?? "viewer",
        role,
      });

    orgRoute(app, {
      method: "PUT",
      url: "/orgs/:orgId/members/:userId",
      tags: ["team"],
      summary: "Change a member's role",
      params: memberParams,
      body: z.object({ role }),
      status: 204,
      response: z.null().describe("Role changed"),
      role: "admin",
      handle: ({ params, body, principal }) => setRole(params, principal, body.role),
    });

    orgRoute(app, {
      method: "DELETE",
      url: "/orgs/:orgId/members/:userId",
      tags: ["team"],
      summary: "Remove a member",
      params: memberParams,
      status: 204,
      response: z.null().describe("Removed"),
      role: "admin",
      handle: ({ params, principal }) => setRole(params, principal, null),
    });

    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/invitations",
      tags: ["team"],
      summary:
        "Invite someone to join: a wallet address, or an email (mailed a single-use link that works for 7 days)",
      body: z.union([
        z.object({ walletAddress, role }).strict(),
        z.object({ email: z.email().max(254), role }).strict(),
      ]),
      status: 201,
      response: invitation,
      role: "admin",
      handle: ({ params, body, principal }) => {
        if (principal.kind !== "user")
          throw new ProblemError(403, "Forbidden", "Invitations are sent by people, not API keys.");
        const inviter = {
          organizationId: params.orgId,
          actorRole: roleIn(principal, params.orgId) ?? "viewer",
          invitedById: principal.userId,
        };
        return "email" in body
          ? inviteByEmail(db, { ...inviter, ...body, webUrl: config.mail.webUrl })
          : inviteByWallet(db, { ...inviter, ...body });
      },
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/invitations",
      tags: ["team"],
      summary: "Invitations sent",
      response: z.array(invitation),
      role: "admin",
      handle: ({ params }) =>
        db.prisma.invitation.findMany({
          where: { organizationId: params.orgId },
          orderBy: { createdAt: "desc" },
          select: invitationSummary,
        }),
    });

    orgRoute(app, {
      method: "DELETE",
      url: "/orgs/:orgId/invitations/:invitationId",
      tags: ["team"],
      summary: "Withdraw an invitation",
      params: orgParams.extend({ invitationId: z.uuid() }),
      status: 204,
      response: z.null().describe("Withdrawn"),
      role: "admin",
      handle: async ({ params }) => {
        const { count } = await db.prisma.invitation.updateMany({
          where: { id: params.invitationId, organizationId: params.orgId, acceptedAt: null, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        if (count === 0) throw new ProblemError(404, "Not Found", "No open invitation with this id.");
      },
    });

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

    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/api-keys",
      tags: ["api keys"],
      summary: "Create an API key (the secret is shown once)",
      body: z.object({ name: z.string().trim().min(1).max(100), role: role.exclude(["owner"]) }),
      status: 201,
      response: apiKey.extend({ key: z.string() }),
      role: "admin",
      handle: ({ params, body, principal }) =>
        createApiKey(db, {
          organizationId: params.orgId,
          ...body,
          createdById: principal.kind === "user" ? principal.userId : principal.createdById,
          creatorRole: roleIn(principal, params.orgId) ?? "viewer",
        }),
    });

    orgRead(app, {
      url: "/orgs/:orgId/api-keys",
      tags: ["api keys"],
      summary: "API keys",
      response: z.array(apiKey),
      role: "admin",
      read: (organizationId) => listApiKeys(db, organizationId),
    });

    orgRoute(app, {
      method: "DELETE",
      url: "/orgs/:orgId/api-keys/:keyId",
      tags: ["api keys"],
      summary: "Revoke an API key",
      params: orgParams.extend({ keyId: z.uuid() }),
      status: 204,
      response: z.null().describe("Revoked"),
      role: "admin",
      handle: async ({ params }) => {
        await revokeApiKey(db, params.orgId, params.keyId);
        return null;
      },
    });
  };
}
