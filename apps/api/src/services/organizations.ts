import type { Database, Role } from "@tracemark/db";
import { ProblemError } from "../errors/problem.ts";
import { revokeMemberApiKeys } from "./auth/apiKeys.ts";
import { roleAtLeast } from "./auth/principal.ts";

export const organizationSummary = {
  id: true,
  name: true,
  gln: true,
  status: true,
  chainOrgId: true,
  adminAddress: true,
  metadataUri: true,
  createdAt: true,
} as const;

/** Creates an organisation (pending until a platform administrator admits it) owned by its creator. */
export async function createOrganization(
  db: Database,
  userId: string,
  data: { name: string; gln?: string | undefined },
) {
  return db.prisma.organization.create({
    data: { name: data.name, gln: data.gln ?? null, memberships: { create: { userId, role: "owner" } } },
    select: organizationSummary,
  });
}

export async function listMembers(db: Database, organizationId: string) {
  const members = await db.prisma.membership.findMany({
    where: { organizationId },
    include: { user: { select: { email: true, name: true, walletAddress: true } } },
    orderBy: { createdAt: "asc" },
  });
  return members.map((m) => ({ userId: m.userId, role: m.role, joinedAt: m.createdAt, ...m.user }));
}

/**
 * Changes a member's role, or removes them (role `null`) and revokes the API keys that answer to them.
 * Only an owner may grant or take away ownership, and an organisation always keeps at least one owner.
 * (A demoted member's keys stay, capped at the new role by `resolveApiKey`.)
 */
export async function setMemberRole(
  db: Database,
  parameters: { organizationId: string; actorRole: Role; userId: string; role: Role | null },
): Promise<void> {
  const { organizationId, actorRole, userId, role } = parameters;
  await db.prisma.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({
      where: { userId_organizationId: { userId, organizationId } },
    });
    if (!member) throw new ProblemError(404, "Not Found", "No such member in this organisation.");
    if ((member.role === "owner" || role === "owner") && actorRole !== "owner") {
      throw new ProblemError(403, "Forbidden", "Only an owner can grant or take away ownership.");
    }
    if (member.role === "owner" && role !== "owner") {
      // Lock the owners' rows so two concurrent demotions cannot leave the organisation ownerless.
      const owners = await tx.$queryRaw<{ userId: string }[]>`
        SELECT "userId" FROM memberships WHERE "organizationId" = ${organizationId}::uuid AND role = 'owner' FOR UPDATE`;
      if (owners.length <= 1)
        throw new ProblemError(409, "Conflict", "An organisation must keep at least one owner.");
    }
    if (role === null) {
      await tx.membership.delete({ where: { userId_organizationId: { userId, organizationId } } });
      await revokeMemberApiKeys(tx, { organizationId, userId });
    } else
      await tx.membership.update({
        where: { userId_organizationId: { userId, organizationId } },
        data: { role },
      });
  });
}

/** Invites a wallet address to join with a role no higher than the inviter's. */
export async function inviteByWallet(
  db: Database,
  parameters: {
    organizationId: string;
    actorRole: Role;
    invitedById: string;
    walletAddress: string;
    role: Role;
  },
) {
  if (!roleAtLeast(parameters.actorRole, parameters.role)) {
    throw new ProblemError(403, "Forbidden", "You cannot invite someone with a role higher than yours.");
  }
  return db.prisma.invitation.create({
    data: {
      organizationId: parameters.organizationId,
      invitedById: parameters.invitedById,
      walletAddress: parameters.walletAddress.toLowerCase(),
      role: parameters.role,
    },
  });
}

/** Accepts an invitation addressed to the signed-in user's linked wallet. */
export async function acceptInvitation(
  db: Database,
  parameters: { invitationId: string; userId: string; walletAddress: string | null },
) {
  return db.prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { id: parameters.invitationId } });
    if (
      !invitation ||
      invitation.revokedAt ||
      invitation.acceptedAt ||
      invitation.walletAddress !== parameters.walletAddress
    ) {
      throw new ProblemError(404, "Not Found", "No open invitation for your wallet with this id.");
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    await tx.membership.upsert({
      where: {
        userId_organizationId: { userId: parameters.userId, organizationId: invitation.organizationId },
      },
      create: { userId: parameters.userId, organizationId: invitation.organizationId, role: invitation.role },
      update: {},
    });
    return { organizationId: invitation.organizationId, role: invitation.role };
  });
}
