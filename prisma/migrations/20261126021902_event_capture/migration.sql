-- DropForeignKey
ALTER TABLE "event_documents" DROP CONSTRAINT "event_documents_documentSha256_fkey";

-- AlterTable
ALTER TABLE "captures" ADD COLUMN     "duplicateCount" INTEGER,
ADD COLUMN     "leaseExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "storedCount" INTEGER;

-- AlterTable
ALTER TABLE "documents" DROP CONSTRAINT "documents_pkey",
ADD CONSTRAINT "documents_pkey" PRIMARY KEY ("organizationId", "sha256");

-- AlterTable
ALTER TABLE "event_documents" ADD COLUMN     "organizationId" UUID NOT NULL;

-- CreateIndex
CREATE INDEX "event_documents_documentSha256_idx" ON "event_documents"("documentSha256");

-- AddForeignKey
ALTER TABLE "event_documents" ADD CONSTRAINT "event_documents_organizationId_documentSha256_fkey" FOREIGN KEY ("organizationId", "documentSha256") REFERENCES "documents"("organizationId", "sha256") ON DELETE RESTRICT ON UPDATE CASCADE;
