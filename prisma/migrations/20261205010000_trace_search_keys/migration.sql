-- ─── Trace search keys in a table of their own ───
-- The `trace_search` migration indexed expressions on `events` (SQL functions over the document and
-- the places): every insert ran them, and so did every batch assignment (an UPDATE of `events` that
-- can't be HOT), together more than doubling Postgres's CPU per captured event. The capture worker
-- now computes the same keys (`bizTransactionSearchKeys`, `placeSearchKey` in the SDK) and writes
-- them here with the event, once.

-- CreateEnum
CREATE TYPE "SearchKeyKind" AS ENUM ('bizTransaction', 'readPoint', 'bizLocation');

-- CreateTable
CREATE TABLE "event_search_keys" (
    "eventId" UUID NOT NULL,
    "kind" "SearchKeyKind" NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "event_search_keys_pkey" PRIMARY KEY ("kind","key","eventId")
);

-- AddForeignKey
ALTER TABLE "event_search_keys" ADD CONSTRAINT "event_search_keys_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The keys of the events stored so far, by the functions that indexed them (the same rules).
INSERT INTO "event_search_keys" ("eventId", kind, key)
SELECT e.id, 'bizTransaction'::"SearchKeyKind", k.key FROM events e, unnest(search_biz_transaction_keys(e.document)) AS k(key)
UNION
SELECT e.id, 'readPoint'::"SearchKeyKind", k.key FROM events e, unnest(search_location_keys(e."readPoint", NULL)) AS k(key)
UNION
SELECT e.id, 'bizLocation'::"SearchKeyKind", k.key FROM events e, unnest(search_location_keys(NULL, e."bizLocation")) AS k(key);

DROP INDEX "events_search_biz_transaction_idx";
DROP INDEX "events_search_location_idx";
DROP FUNCTION search_biz_transaction_keys(jsonb);
DROP FUNCTION search_location_keys(text, text);
