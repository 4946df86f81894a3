-- The public record is stored pre-compressed too (brotli and gzip), so a read sends the encoding its
-- client accepts without compressing anything. The stored records are a cache: they are dropped here
-- and rebuilt, with both encodings, on their next read.
DELETE FROM "public_records";

-- AlterTable
ALTER TABLE "public_records" ADD COLUMN     "bodyBr" BYTEA NOT NULL,
ADD COLUMN     "bodyGzip" BYTEA NOT NULL;

-- Already compressed: TOAST stores them as they are, without trying to compress them again.
ALTER TABLE "public_records" ALTER COLUMN "bodyBr" SET STORAGE EXTERNAL;
ALTER TABLE "public_records" ALTER COLUMN "bodyGzip" SET STORAGE EXTERNAL;
