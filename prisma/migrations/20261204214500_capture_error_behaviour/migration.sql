-- CreateEnum
CREATE TYPE "CaptureErrorBehaviour" AS ENUM ('rollback', 'proceed');

-- AlterTable
ALTER TABLE "captures" ADD COLUMN     "errorBehaviour" "CaptureErrorBehaviour" NOT NULL DEFAULT 'rollback';
