import type { Database, Prisma } from "@tracemark/db";
import {
  legacyRegistryOrgIdOf,
  newRegistryOrgId,
  publicRegistryOrgIdOf,
  registryOrgIdKey,
  unadmittedRegistryOrgId,
} from "@tracemark/sdk";
import { ConflictError, InvalidInputError, NotFoundError } from "../../errors/domain.ts";
import { organizationSummary } from "./organizations.ts";

/** The registry id of an organisation admitted before random public ids: its UUID's bytes (`legacyRegistryOrgIdOf`). */
export const chainOrgIdOf = legacyRegistryOrgIdOf;

/** A fresh public id: 16 random bytes, 0x-hex, lower case (`newRegistryOrgId`). */
export const newPublicOrgId = newRegistryOrgId;

/**
 * The registry id of an admitted organisation (its public id, `chainOrgId`); throws for one not
 * admitted, which has nothing on chain to name.
 *
 * @example
 * const orgId = await registryIdOf(tx, organizationId);
 */
export async function registryIdOf(
  client: Prisma.TransactionClient,
  organizationId: string,
): Promise<`0x${string}`> {
  const org = await client.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { chainOrgId: true },
  });
  if (!org.chainOrgId)
    throw new Error(`organisation ${organizationId} has no registry id: it was never admitted`);
  return registryOrgIdKey(org.chainOrgId);
}

/** The public id of an organisation not admitted yet (`unadmittedRegistryOrgId`). */
export const UNADMITTED_ORG_ID = unadmittedRegistryOrgId;

/** How an organisation is named publicly: its registry id, or `UNADMITTED_ORG_ID` (`publicRegistryOrgIdOf`). */
export const publicOrgIdOf = publicRegistryOrgIdOf;

/**
 * Admits a pending organisation: gives it a random public id (its registry id, `newPublicOrgId`),
 * active at once in Tracemark, and queued for the submitter to
 * admit it in the registry contract (same transaction, so the chain side cannot be lost).
 */
export async function admitOrganization(
  db: Database,
  parameters: { organizationId: string; adminAddress?: string | undefined; metadataUri?: string | undefined },
) {
  return db.prisma.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: parameters.organizationId } });
    if (!org) throw new NotFoundError("No such organisation.");
    if (org.status !== "pending") throw new ConflictError(`The organisation is ${org.status}, not pending.`);
    const admitted = await tx.organization.update({
      where: { id: org.id },
      data: {
        status: "active",
        chainOrgId: org.chainOrgId ?? newPublicOrgId(),
        adminAddress: parameters.adminAddress?.toLowerCase() ?? null,
        metadataUri: parameters.metadataUri ?? org.metadataUri,
      },
      select: organizationSummary,
    });
    await tx.outboxItem.create({
      data: { kind: "admit_organisation", organizationId: org.id, refId: org.id },
    });
    return admitted;
  });
}

/** Suspends or reinstates an organisation, here and (through the outbox) on chain. */
export async function setOrganizationSuspended(db: Database, organizationId: string, suspended: boolean) {
  return db.prisma.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: organizationId } });
    if (!org) throw new NotFoundError("No such organisation.");
    const [from, to] = suspended ? (["active", "suspended"] as const) : (["suspended", "active"] as const);
    if (org.status !== from) throw new ConflictError(`The organisation is ${org.status}, not ${from}.`);
    const updated = await tx.organization.update({
      where: { id: org.id },
      data: { status: to },
      select: organizationSummary,
    });
    await tx.outboxItem.create({
      data: {
        kind: suspended ? "suspend_organisation" : "reinstate_organisation",
        organizationId: org.id,
        refId: org.id,
      },
    });
    return updated;
  });
}

/** Accredits a user with a linked wallet as an auditor (on chain through the outbox). */
export async function accreditAuditor(db: Database, parameters: { userId: string; displayName: string }) {
  return db.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: parameters.userId }, include: { auditor: true } });
    if (!user) throw new NotFoundError("No such user.");
    if (!user.walletAddress) throw new InvalidInputError("An auditor needs a linked wallet to sign with.");
    if (user.auditor?.accredited) throw new ConflictError("This user is already an accredited auditor.");
    const auditor = await tx.auditor.upsert({
      where: { userId: user.id },
      create: { userId: user.id, walletAddress: user.walletAddress, displayName: parameters.displayName },
      update: {
        accredited: true,
        accreditedAt: new Date(),
        withdrawnAt: null,
        displayName: parameters.displayName,
      },
    });
    await tx.outboxItem.create({ data: { kind: "accredit_auditor", refId: auditor.id } });
    return auditor;
  });
}

/** Withdraws an auditor's accreditation (on chain through the outbox). */
export async function withdrawAuditor(db: Database, auditorId: string) {
  return db.prisma.$transaction(async (tx) => {
    const { count } = await tx.auditor.updateMany({
      where: { id: auditorId, accredited: true },
      data: { accredited: false, withdrawnAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("No accredited auditor with this id.");
    await tx.outboxItem.create({ data: { kind: "deaccredit_auditor", refId: auditorId } });
  });
}
