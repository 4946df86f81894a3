-- Imports of products, locations, lots and events from a file (`POST /orgs/:orgId/imports`): the job a
-- person or an integrator follows, phase by phase, with every problem of every row when it failed.
CREATE TYPE "ImportKind" AS ENUM ('products', 'locations', 'lots', 'events');

CREATE TYPE "ImportPhase" AS ENUM ('checking', 'writing', 'succeeded', 'failed');

CREATE TABLE "imports" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "format" TEXT NOT NULL,
    "fileName" TEXT,
    "createMissing" BOOLEAN NOT NULL DEFAULT false,
    "phase" "ImportPhase" NOT NULL DEFAULT 'checking',
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "checkedRows" INTEGER NOT NULL DEFAULT 0,
    "writtenRows" INTEGER NOT NULL DEFAULT 0,
    "problems" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "imports_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "imports_organizationId_createdAt_idx" ON "imports"("organizationId", "createdAt");

ALTER TABLE "imports" ADD CONSTRAINT "imports_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
