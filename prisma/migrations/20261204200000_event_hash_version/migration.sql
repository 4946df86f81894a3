-- AlterTable: events stored so far were hashed under the SDK's rule version 1; new ones under 2.
ALTER TABLE "events" ADD COLUMN     "hashVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "events" ALTER COLUMN "hashVersion" SET DEFAULT 2;
