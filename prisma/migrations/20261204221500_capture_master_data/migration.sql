-- AlterTable
ALTER TABLE "captures" ADD COLUMN     "masterData" JSONB;
