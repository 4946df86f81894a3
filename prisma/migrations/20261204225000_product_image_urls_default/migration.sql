-- A product created without images (master data import, fixtures) had NULL image URLs, which the
-- public record's schema refuses (a 500): no images is an empty list.
ALTER TABLE "products" ALTER COLUMN "imageUrls" SET DEFAULT ARRAY[]::TEXT[];
UPDATE "products" SET "imageUrls" = ARRAY[]::TEXT[] WHERE "imageUrls" IS NULL;
