import type { Database, Role } from "@tracemark/db";
import { ConflictError, NoLongerValidError, NotAllowedError, NotFoundError } from "../../errors/domain.ts";
import { invitationMail } from "../../mail/composeMail.ts";
import { enqueueMail } from "../../mail/enqueueMail.ts";
import { revokeMemberApiKeys } from "../auth/apiKeys.ts";
import { roleAtLeast } from "../auth/principal.ts";
import { hashToken, newToken } from "../auth/tokens.ts";

/** How long the link of an invitation by email works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** An invitation as its organisation's admins see it (never its token's hash). */
export const invitationSummary = {
  id: true,
  organizationId: true,
  walletAddress: true,
  email: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
} as const;

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
    if (!member) throw new NotFoundError("No such member in this organisation.");
    if ((member.role === "owner" || role === "owner") && actorRole !== "owner") {
      throw new NotAllowedError("Only an owner can grant or take away ownership.");
    }
    if (member.role === "owner" && role !== "owner") {
      // Lock the owners' rows so two concurrent demotions cannot leave the organisation ownerless.
      const owners = await tx.$queryRaw<{ userId: string }[]>`
        SELECT "userId" FROM memberships WHERE "organizationId" = ${organizationId}::uuid AND role = 'owner' FOR UPDATE`;
      if (owners.length <= 1) throw new ConflictError("An organisation must keep at least one owner.");
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

/** Who invites to which organisation, with which role (no higher than the inviter's own). */
export type InvitationParameters = {
  organizationId: string;
  actorRole: Role;
  invitedById: string;
  role: Role;
};

function refuseRoleAboveInviter(parameters: InvitationParameters): void {
  if (!roleAtLeast(parameters.actorRole, parameters.role))
    throw new NotAllowedError("You cannot invite someone with a role higher than yours.");
}

/** Invites a wallet address to join with a role no higher than the inviter's. */
export async function inviteByWallet(
  db: Database,
  parameters: InvitationParameters & { walletAddress: string },
) {
  refuseRoleAboveInviter(parameters);
  return db.prisma.invitation.create({
    data: {
      organizationId: parameters.organizationId,
      invitedById: parameters.invitedById,
      walletAddress: parameters.walletAddress.toLowerCase(),
      role: parameters.role,
    },
    select: invitationSummary,
  });
}

/**
 * Invites an email address to join with a role no higher than the inviter's: mails it a
 * single-use link that works for `INVITATION_TTL_MS` (only the token's hash is stored), in the
 * transaction that records the invitation.
 *
 * @example
 * await inviteByEmail(db, { organizationId, actorRole: "owner", invitedById, email: "bo@example.test", role: "operator", webUrl });
 */
export async function inviteByEmail(
  db: Database,
  parameters: InvitationParameters & { email: string; webUrl: string },
) {
  refuseRoleAboveInviter(parameters);
  const token = newToken("tm_invite_");
  const email = parameters.email.toLowerCase();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  return db.prisma.$transaction(async (tx) => {
    const [organization, inviter] = await Promise.all([
      tx.organization.findUniqueOrThrow({ where: { id: parameters.organizationId }, select: { name: true } }),
      tx.user.findUniqueOrThrow({
        where: { id: parameters.invitedById },
        select: { name: true, email: true },
      }),
    ]);
    const invitation = await tx.invitation.create({
      data: {
        organizationId: parameters.organizationId,
        invitedById: parameters.invitedById,
        email,
        tokenHash: hashToken(token),
        expiresAt,
        role: parameters.role,
      },
      select: invitationSummary,
    });
    await enqueueMail(
      tx,
      invitationMail({
        to: email,
        organizationName: organization.name,
        role: parameters.role,
        invitedBy: inviter.name ?? inviter.email ?? "A member",
        url: `${parameters.webUrl}/invite?token=${token}`,
        expiresAt,
      }),
    );
    return invitation;
  });
}

/**
 * The open invitation behind an emailed link, or the problem with it (unknown: `NotFoundError`;
 * used, withdrawn or expired: `NoLongerValidError`).
 */
async function openInvitationOfToken(tx: Pick<Database["prisma"], "invitation">, token: string) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { name: true } } },
  });
  if (!invitation)
    throw new NotFoundError("This invitation link is not one of ours.", { title: "Unknown invitation" });
  const askAgain = `Ask ${invitation.organization.name} to invite you again.`;
  if (invitation.acceptedAt)
    throw new NoLongerValidError(`This invitation was already accepted. ${askAgain}`, {
      title: "Invitation already used",
    });
  if (invitation.revokedAt)
    throw new NoLongerValidError(`This invitation was withdrawn. ${askAgain}`, {
      title: "Invitation withdrawn",
    });
  if (!invitation.expiresAt || invitation.expiresAt <= new Date())
    throw new NoLongerValidError(`This invitation has expired. ${askAgain}`, { title: "Invitation expired" });
  return invitation;
}

/** What an emailed invitation link offers (organisation, role, email, expiry), for the page that opens it. */
export async function previewInvitation(db: Database, token: string) {
  const invitation = await openInvitationOfToken(db.prisma, token);
  return {
    organizationName: invitation.organization.name,
    role: invitation.role,
    email: invitation.email ?? "",
    expiresAt: invitation.expiresAt as Date,
  };
}

/**
 * Accepts an invitation by its emailed link: the signed-in account must have verified the
 * invited email. Single use, even when two requests race (a conditional update).
 */
export async function acceptInvitationByToken(db: Database, parameters: { token: string; userId: string }) {
  return db.prisma.$transaction(async (tx) => {
    const invitation = await openInvitationOfToken(tx, parameters.token);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: parameters.userId },
      select: { email: true, emailVerifiedAt: true },
    });
    if (user.email !== invitation.email)
      throw new NotAllowedError(
        `This invitation is for ${invitation.email}; sign in (or sign up) with that email to accept it.`,
        { title: "Invitation for another email" },
      );
    if (!user.emailVerifiedAt)
      throw new NotAllowedError(
        `Verify your email before you accept the invitation: open the link we mailed to ${user.email}.`,
        { title: "Email not verified", type: "email-not-verified" },
      );
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count === 0)
      throw new NoLongerValidError("This invitation was already accepted or withdrawn.", {
        title: "Invitation already used",
      });
    return joinByInvitation(tx, parameters.userId, invitation);
  });
}

/** Makes the user a member with the invitation's role (an existing membership stays as it is). */
async function joinByInvitation(
  tx: Pick<Database["prisma"], "membership">,
  userId: string,
  invitation: { organizationId: string; role: Role },
) {
  const { organizationId, role } = invitation;
  await tx.membership.upsert({
    where: { userId_organizationId: { userId, organizationId } },
    create: { userId, organizationId, role },
    update: {},
  });
  return { organizationId, role };
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
      invitation.walletAddress === null ||
      invitation.walletAddress !== parameters.walletAddress
    ) {
      throw new NotFoundError("No open invitation for your wallet with this id.");
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    return joinByInvitation(tx, parameters.userId, invitation);
  });
}
