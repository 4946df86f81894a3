-- AlterTable
ALTER TABLE "public_records" ADD COLUMN     "format" INTEGER NOT NULL DEFAULT 0;
