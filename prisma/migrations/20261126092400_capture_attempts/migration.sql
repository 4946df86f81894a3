-- AlterTable
ALTER TABLE "captures" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0;
