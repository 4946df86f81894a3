import type { Database, Prisma, ProofPointClaim } from "@tracemark/db";
import { computeEvidenceHash, formatProofPointClaim } from "@tracemark/sdk";
import type { Hex } from "viem";
import { invalidField, NotAllowedError, NotFoundError } from "../../errors/domain.ts";
import { lotNotOwned } from "../lots/lotAccess.ts";

export const proofPointInclude = {
  auditor: { select: { displayName: true, walletAddress: true } },
  lot: { select: { lotCode: true, product: { select: { gtin: true, name: true } } } },
  evidence: {
    orderBy: { position: "asc" },
    include: { document: { select: { fileName: true, contentType: true, size: true } } },
  },
  attestations: {
    where: { status: { not: "failed" } },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { id: true, uid: true, status: true, expiresAt: true, revokedAt: true },
  },
} satisfies Prisma.ProofPointInclude;
type ProofPointRow = Prisma.ProofPointGetPayload<{ include: typeof proofPointInclude }>;

/** What a proof point's state is now: requested, attested (signed or on chain), expired or revoked. */
export function proofPointState(
  attestation: { status: string; expiresAt: Date | null } | undefined,
  now: Date,
): "requested" | "attested" | "expired" | "revoked" {
  if (!attestation) return "requested";
  if (attestation.status === "revoked") return "revoked";
  if (attestation.expiresAt && attestation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "attested";
}

/** A proof point as its organisation and its auditor see it. */
export function toProofPoint(row: ProofPointRow, now = new Date()) {
  const attestation = row.attestations[0];
  return {
    id: row.id,
    organizationId: row.organizationId,
    lotId: row.lotId,
    lotCode: row.lot.lotCode,
    gtin: row.lot.product.gtin,
    productName: row.lot.product.name,
    auditorId: row.auditorId,
    auditorName: row.auditor.displayName,
    auditorAddress: row.auditor.walletAddress,
    claim: row.claim,
    claimDetail: row.claimDetail,
    /** The claim string the attestation must carry. */
    claimText: formatProofPointClaim({ claim: row.claim, detail: row.claimDetail }),
    validUntil: row.validUntil,
    evidence: row.evidence.map((e) => ({
      sha256: e.documentSha256,
      fileName: e.document.fileName,
      contentType: e.document.contentType,
      size: e.document.size,
      public: e.public,
    })),
    /** The audit schema's `evidenceHash` the attestation must carry (`computeEvidenceHash`). */
    evidenceHash: computeEvidenceHash(row.evidence.map((e) => `0x${e.documentSha256}` as Hex)),
    state: proofPointState(attestation, now),
    attestation: attestation ?? null,
    createdAt: row.createdAt,
  };
}

export type CreateProofPointParameters = {
  organizationId: string;
  lotId: string;
  auditorId: string;
  claim: ProofPointClaim;
  claimDetail?: string | undefined;
  validUntil?: Date | undefined;
  evidence: { sha256: string; public: boolean }[];
  now?: Date | undefined;
};

/**
 * An organisation asks an accredited auditor to attest a claim about one of its own lots, with
 * evidence documents it uploaded (`POST /orgs/:orgId/documents`). The lot must be the
 * organisation's own (a lot shipped to it is a `NotAllowedError`, another's a `NotFoundError`),
 * every document its own (an `InvalidInputError` naming it), the auditor accredited. The auditor
 * is also asked to audit the lot (an audit request, if none), so their lot view opens. One
 * transaction: all of it or nothing.
 *
 * @example
 * await createProofPoint(db, { organizationId, lotId, auditorId, claim: "organic", evidence: [{ sha256, public: true }] })
 */
export async function createProofPoint(db: Database, parameters: CreateProofPointParameters) {
  const { organizationId, lotId, auditorId, claim, evidence } = parameters;
  const now = parameters.now ?? new Date();
  const claimDetail = parameters.claimDetail?.trim() || null;
  if (claim === "other" && !claimDetail) {
    throw invalidField("body.claimDetail", "say what the claim is when it is `other`");
  }
  if (parameters.validUntil && parameters.validUntil.getTime() <= now.getTime()) {
    throw invalidField("body.validUntil", "must be in the future");
  }
  const hashes = evidence.map((e) => e.sha256.toLowerCase());
  const repeated = hashes.findIndex((h, i) => hashes.indexOf(h) !== i);
  if (repeated >= 0) throw invalidField(`body.evidence.${repeated}.sha256`, "this document is listed twice");

  return db.prisma.$transaction(async (tx) => {
    const [lot, auditor, documents] = await Promise.all([
      tx.lot.findFirst({ where: { id: lotId, organizationId }, select: { id: true } }),
      tx.auditor.findFirst({ where: { id: auditorId, accredited: true }, select: { id: true } }),
      tx.document.findMany({
        where: { organizationId, sha256: { in: hashes } },
        select: { sha256: true },
      }),
    ]);
    if (!lot) {
      const refused = await lotNotOwned(tx, organizationId, lotId);
      throw refused instanceof NotAllowedError
        ? refused
        : new NotFoundError("No lot with this id in this organisation.", {
            errors: [{ field: "body.lotId", message: "no such lot in this organisation" }],
          });
    }
    if (!auditor) {
      throw new NotFoundError("No accredited auditor with this id.", {
        errors: [{ field: "body.auditorId", message: "no accredited auditor with this id" }],
      });
    }
    const found = new Set(documents.map((d) => d.sha256));
    const missing = hashes.findIndex((h) => !found.has(h));
    if (missing >= 0) {
      throw invalidField(
        `body.evidence.${missing}.sha256`,
        "no document with this SHA-256 in this organisation: upload it first (POST /orgs/:orgId/documents)",
      );
    }
    await tx.auditRequest.upsert({
      where: { auditorId_lotId: { auditorId, lotId } },
      create: { organizationId, auditorId, lotId, note: null },
      update: {},
    });
    const created = await tx.proofPoint.create({
      data: {
        organizationId,
        lotId,
        auditorId,
        claim,
        claimDetail,
        validUntil: parameters.validUntil ?? null,
        evidence: {
          create: hashes.map((sha256, position) => ({
            organizationId,
            documentSha256: sha256,
            public: evidence[position]?.public ?? false,
            position,
          })),
        },
      },
      include: proofPointInclude,
    });
    return toProofPoint(created, now);
  });
}

/** The proof points an organisation requested, newest first (optionally of one lot). */
export async function listProofPoints(db: Database, organizationId: string, lotId?: string | undefined) {
  const rows = await db.prisma.proofPoint.findMany({
    where: { organizationId, ...(lotId ? { lotId } : {}) },
    include: proofPointInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const now = new Date();
  return rows.map((row) => toProofPoint(row, now));
}

/** The proof points an auditor is asked to attest about one lot, oldest first. */
export async function listAuditorProofPoints(db: Database, auditorId: string, lotId: string) {
  const rows = await db.prisma.proofPoint.findMany({
    where: { auditorId, lotId },
    include: proofPointInclude,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const now = new Date();
  return rows.map((row) => toProofPoint(row, now));
}

export type EvidenceDocumentParameters = {
  proofPointId: string;
  sha256: string;
  /** Who asks: the auditor asked to attest it, or the public (public documents of attested proof points). */
  reader: { auditorId: string } | "public";
};

/**
 * An evidence document of a proof point: for the auditor asked to attest it, any of its documents;
 * for the public, one marked public of a proof point attested (signed, on chain, expired or
 * revoked: it stays the evidence of what was shown). `NotFoundError` otherwise, whichever the reason.
 *
 * @example
 * const document = await getEvidenceDocument(db, { proofPointId, sha256, reader: "public" })
 */
export async function getEvidenceDocument(db: Database, parameters: EvidenceDocumentParameters) {
  const { proofPointId, sha256, reader } = parameters;
  const row = await db.prisma.proofPointEvidence.findFirst({
    where: {
      proofPointId,
      documentSha256: sha256.toLowerCase(),
      proofPoint:
        reader === "public"
          ? { attestations: { some: { status: { in: ["pending", "submitted", "onchain", "revoked"] } } } }
          : { auditorId: reader.auditorId },
      ...(reader === "public" ? { public: true } : {}),
    },
    include: { document: { select: { content: true, contentType: true, fileName: true } } },
  });
  if (!row) throw new NotFoundError("No such evidence document of this proof point.");
  return row.document;
}
