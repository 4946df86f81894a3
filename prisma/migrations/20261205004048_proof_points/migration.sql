-- CreateEnum
CREATE TYPE "ProofPointClaim" AS ENUM ('organic', 'fair_trade', 'cold_chain_kept', 'non_gmo', 'sustainably_sourced', 'animal_welfare', 'halal', 'kosher', 'other');

-- AlterTable
ALTER TABLE "attestations" ADD COLUMN     "proofPointId" UUID;

-- CreateTable
CREATE TABLE "proof_points" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "lotId" UUID NOT NULL,
    "auditorId" UUID NOT NULL,
    "claim" "ProofPointClaim" NOT NULL,
    "claimDetail" TEXT,
    "validUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proof_points_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proof_point_evidence" (
    "proofPointId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "documentSha256" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "proof_point_evidence_pkey" PRIMARY KEY ("proofPointId","documentSha256")
);

-- CreateIndex
CREATE INDEX "proof_points_lotId_idx" ON "proof_points"("lotId");

-- CreateIndex
CREATE INDEX "proof_points_auditorId_idx" ON "proof_points"("auditorId");

-- CreateIndex
CREATE INDEX "proof_points_organizationId_createdAt_idx" ON "proof_points"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "attestations_proofPointId_idx" ON "attestations"("proofPointId");

-- AddForeignKey
ALTER TABLE "proof_points" ADD CONSTRAINT "proof_points_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proof_points" ADD CONSTRAINT "proof_points_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proof_points" ADD CONSTRAINT "proof_points_auditorId_fkey" FOREIGN KEY ("auditorId") REFERENCES "auditors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proof_point_evidence" ADD CONSTRAINT "proof_point_evidence_proofPointId_fkey" FOREIGN KEY ("proofPointId") REFERENCES "proof_points"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proof_point_evidence" ADD CONSTRAINT "proof_point_evidence_organizationId_documentSha256_fkey" FOREIGN KEY ("organizationId", "documentSha256") REFERENCES "documents"("organizationId", "sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_proofPointId_fkey" FOREIGN KEY ("proofPointId") REFERENCES "proof_points"("id") ON DELETE SET NULL ON UPDATE CASCADE;
