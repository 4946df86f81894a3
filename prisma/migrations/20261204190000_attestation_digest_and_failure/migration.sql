-- AlterTable
ALTER TABLE "attestations" ADD COLUMN     "digest" TEXT,
ADD COLUMN     "failureReason" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "attestations_digest_key" ON "attestations"("digest");
