import type { Database, Prisma } from "@tracemark/db";
import { paginate } from "../../util/paginate.ts";

export const attestationInclude = {
  lot: {
    select: {
      lotCode: true,
      organizationId: true,
      organization: { select: { name: true } },
      product: { select: { gtin: true, name: true } },
    },
  },
} as const;
type AttestationRow = Prisma.AttestationGetPayload<{ include: typeof attestationInclude }>;

/** An attestation as the API shows it (the signed request stays private to the relayer). */
export function toAttestation(row: AttestationRow, auditorNames: Map<string, string> = new Map()) {
  const delegated = row.delegated as { revocation?: { requestedAt?: string } } | null;
  return {
    id: row.id,
    uid: row.uid,
    status: row.status,
    lotId: row.lotId,
    lotCode: row.lot?.lotCode ?? null,
    gtin: row.lot?.product.gtin ?? null,
    productName: row.lot?.product.name ?? null,
    organizationId: row.lot?.organizationId ?? null,
    organizationName: row.lot?.organization.name ?? null,
    eventId: row.eventId,
    auditorAddress: row.auditorAddress,
    auditorName: auditorNames.get(row.auditorAddress) ?? null,
    claim: row.claim,
    evidenceHash: row.evidenceHash,
    expiresAt: row.expiresAt,
    txHash: row.txHash,
    failureReason: row.failureReason,
    revocationRequestedAt: delegated?.revocation?.requestedAt
      ? new Date(delegated.revocation.requestedAt)
      : null,
    revokedAt: row.revokedAt,
    createdAt: row.createdAt,
  };
}

async function withAuditorNames(db: Database, rows: AttestationRow[]) {
  const auditors = await db.prisma.auditor.findMany({
    where: { walletAddress: { in: [...new Set(rows.map((r) => r.auditorAddress))] } },
    select: { walletAddress: true, displayName: true },
  });
  const names = new Map(auditors.map((a) => [a.walletAddress, a.displayName]));
  return rows.map((row) => toAttestation(row, names));
}

type ListQuery = { lotId?: string | undefined; limit: number; cursor?: string | undefined };

/**
 * Attestations about an organisation's lots and events, newest first.
 *
 * @example
 * await listOrganizationAttestations(db, orgId, { limit: 50 })
 */
export async function listOrganizationAttestations(db: Database, organizationId: string, query: ListQuery) {
  const result = await paginate(query, (page) =>
    db.prisma.attestation.findMany({
      where: {
        OR: [{ lot: { organizationId } }, { event: { organizationId } }],
        ...(query.lotId ? { lotId: query.lotId } : {}),
      },
      include: attestationInclude,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...page,
    }),
  );
  return { items: await withAuditorNames(db, result.items), nextCursor: result.nextCursor };
}

/** The attestations an auditor has signed (by their wallet), newest first. */
export async function listAuditorAttestations(db: Database, walletAddress: string, query: ListQuery) {
  const result = await paginate(query, (page) =>
    db.prisma.attestation.findMany({
      where: { auditorAddress: walletAddress, ...(query.lotId ? { lotId: query.lotId } : {}) },
      include: attestationInclude,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...page,
    }),
  );
  return { items: await withAuditorNames(db, result.items), nextCursor: result.nextCursor };
}
