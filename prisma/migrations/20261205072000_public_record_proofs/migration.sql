-- The public record is served without its Merkle proofs and disclosures (what only Verify needs);
-- they are stored beside it, built in the same pass, as JSON text, brotli and gzip with their own
-- ETag, and served apart (`GET /public/01/{gtin}/10/{lot}/proofs`). The stored records are a cache:
-- they are dropped here and rebuilt, with their proofs, on their next read.
DELETE FROM "public_records";

-- AlterTable
ALTER TABLE "public_records" ADD COLUMN     "proofs" TEXT NOT NULL,
ADD COLUMN     "proofsBr" BYTEA NOT NULL,
ADD COLUMN     "proofsGzip" BYTEA NOT NULL,
ADD COLUMN     "proofsEtag" TEXT NOT NULL;

-- Already compressed: TOAST stores them as they are, without trying to compress them again.
ALTER TABLE "public_records" ALTER COLUMN "proofsBr" SET STORAGE EXTERNAL;
ALTER TABLE "public_records" ALTER COLUMN "proofsGzip" SET STORAGE EXTERNAL;
