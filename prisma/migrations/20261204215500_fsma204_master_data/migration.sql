-- AlterTable
ALTER TABLE "locations" ADD COLUMN     "containerName" TEXT,
ADD COLUMN     "fieldName" TEXT,
ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "products" ADD COLUMN     "commodity" TEXT,
ADD COLUMN     "variety" TEXT;
