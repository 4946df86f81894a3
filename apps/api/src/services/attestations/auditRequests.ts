import type { Database, Prisma } from "@tracemark/db";
import { ConflictError, NotAllowedError, NotFoundError } from "../../errors/domain.ts";
import { rethrowUniqueViolation } from "../../errors/uniqueViolation.ts";
import { lotNotOwned } from "../lots/lotAccess.ts";

const requestInclude = {
  auditor: { select: { displayName: true, walletAddress: true } },
  lot: { select: { lotCode: true, product: { select: { gtin: true, name: true } } } },
} as const;
type RequestRow = Prisma.AuditRequestGetPayload<{ include: typeof requestInclude }>;

function toAuditRequest(row: RequestRow) {
  return {
    id: row.id,
    auditorId: row.auditorId,
    auditorName: row.auditor.displayName,
    auditorAddress: row.auditor.walletAddress,
    lotId: row.lotId,
    lotCode: row.lot.lotCode,
    gtin: row.lot.product.gtin,
    productName: row.lot.product.name,
    note: row.note,
    createdAt: row.createdAt,
  };
}

/**
 * An organisation asks an accredited auditor to audit one of its lots (once per auditor and lot).
 *
 * @example
 * await createAuditRequest(db, { organizationId, auditorId, lotId, note: "Organic certification 2026" })
 */
export async function createAuditRequest(
  db: Database,
  parameters: { organizationId: string; auditorId: string; lotId: string; note?: string | undefined },
) {
  const { organizationId, auditorId, lotId } = parameters;
  const [lot, auditor] = await Promise.all([
    db.prisma.lot.findFirst({ where: { id: lotId, organizationId }, select: { id: true } }),
    db.prisma.auditor.findFirst({ where: { id: auditorId, accredited: true }, select: { id: true } }),
  ]);
  if (!lot) {
    const refused = await lotNotOwned(db.prisma, organizationId, lotId);
    if (refused instanceof NotAllowedError) throw refused;
    throw new NotFoundError("No lot with this id in this organisation.", {
      errors: [{ field: "body.lotId", message: "no such lot in this organisation" }],
    });
  }
  if (!auditor) {
    throw new NotFoundError("No accredited auditor with this id.", {
      errors: [{ field: "body.auditorId", message: "no accredited auditor with this id" }],
    });
  }
  try {
    const created = await db.prisma.auditRequest.create({
      data: { organizationId, auditorId, lotId, note: parameters.note ?? null },
      include: requestInclude,
    });
    return toAuditRequest(created);
  } catch (error) {
    rethrowUniqueViolation(
      error,
      () => new ConflictError("This auditor has already been asked to audit this lot."),
    );
  }
}

/** The audit requests an organisation has made, newest first. */
export async function listAuditRequests(db: Database, organizationId: string) {
  const rows = await db.prisma.auditRequest.findMany({
    where: { organizationId },
    include: requestInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toAuditRequest);
}
