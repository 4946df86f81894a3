import type { Database } from "@tracemark/db";
import { computeLotKey } from "@tracemark/sdk";
import { ProblemError } from "../errors/problem.ts";
import { publicOrgIdOf } from "./platform.ts";

/**
 * A lot as the auditor asked to audit it sees it: product, organisation, its events, and the
 * values the attestation must carry (`orgId`, `subject`); 404 unless this auditor was asked.
 *
 * @example
 * const lot = await getAuditedLot(db, { auditorId, lotId })
 */
export async function getAuditedLot(db: Database, parameters: { auditorId: string; lotId: string }) {
  const request = await db.prisma.auditRequest.findUnique({
    where: { auditorId_lotId: parameters },
    include: {
      organization: { select: { id: true, name: true, chainOrgId: true } },
      lot: {
        include: { product: { select: { gtin: true, name: true, description: true, category: true } } },
      },
    },
  });
  if (!request) throw new ProblemError(404, "Not Found", "You have not been asked to audit this lot.");
  const { lot } = request;
  // The organisation's own events about the lot: those naming it as their lot or among their
  // identifiers, that it shows its partners (an auditor it asked is one); its private ones stay its own.
  const events = await db.prisma.event.findMany({
    where: {
      organizationId: request.organizationId,
      visibility: { not: "private" },
      OR: [{ lotId: lot.id }, { identifiers: { some: { lotId: lot.id } } }],
    },
    select: {
      id: true,
      eventHash: true,
      type: true,
      action: true,
      bizStep: true,
      disposition: true,
      eventTime: true,
      eventTimeZoneOffset: true,
      readPoint: true,
      bizLocation: true,
      batch: { select: { status: true } },
    },
    orderBy: [{ eventTime: "asc" }, { id: "asc" }],
  });
  return {
    id: lot.id,
    lotCode: lot.lotCode,
    productionDate: lot.productionDate?.toISOString().slice(0, 10) ?? null,
    expiryDate: lot.expiryDate?.toISOString().slice(0, 10) ?? null,
    quantity: lot.quantity?.toString() ?? null,
    unit: lot.unit,
    recallState: lot.recallState,
    product: lot.product,
    organization: { id: request.organization.id, name: request.organization.name },
    requestNote: request.note,
    attestationSubject: {
      orgId: publicOrgIdOf(request.organization.chainOrgId),
      subjectKind: "lot" as const,
      subject: computeLotKey({ gtin: lot.product.gtin, lot: lot.lotCode }),
    },
    events: events.map(({ batch, ...event }) => ({ ...event, anchorStatus: batch?.status ?? "pending" })),
  };
}
