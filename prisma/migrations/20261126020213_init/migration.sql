-- CreateEnum
CREATE TYPE "OrganizationStatus" AS ENUM ('active', 'suspended');

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "gln" TEXT,
    "status" "OrganizationStatus" NOT NULL DEFAULT 'active',
    "chain_org_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organizations_gln_key" ON "organizations"("gln");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_chain_org_id_key" ON "organizations"("chain_org_id");
