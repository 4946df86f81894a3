import type { Database } from "@tracemark/db";
import { NotAllowedError } from "../../errors/domain.ts";

/**
 * The auditor record of a signed-in user; `NotAllowedError` if they are not an auditor, or (with
 * `accredited: true`) no longer accredited. A withdrawn auditor may still revoke what they signed.
 *
 * @example
 * const auditor = await requireAuditor(db, user.userId, { accredited: true })
 */
export async function requireAuditor(db: Database, userId: string, options: { accredited: boolean }) {
  const auditor = await db.prisma.auditor.findUnique({ where: { userId } });
  if (!auditor || (options.accredited && !auditor.accredited)) {
    throw new NotAllowedError("This needs an accredited auditor.");
  }
  return auditor;
}

/** Accredited auditors an organisation can ask for an audit, by name. */
export async function listAccreditedAuditors(db: Database) {
  return db.prisma.auditor.findMany({
    where: { accredited: true },
    select: { id: true, displayName: true, walletAddress: true, accreditedAt: true },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
  });
}

/** The lots an auditor is asked to audit, newest request first, with product and organisation. */
export async function listAuditorRequests(db: Database, auditorId: string) {
  const rows = await db.prisma.auditRequest.findMany({
    where: { auditorId },
    include: {
      organization: { select: { id: true, name: true } },
      lot: { select: { lotCode: true, recallState: true, product: { select: { gtin: true, name: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    lotId: row.lotId,
    lotCode: row.lot.lotCode,
    recallState: row.lot.recallState,
    gtin: row.lot.product.gtin,
    productName: row.lot.product.name,
    organizationId: row.organization.id,
    organizationName: row.organization.name,
    note: row.note,
    createdAt: row.createdAt,
  }));
}
