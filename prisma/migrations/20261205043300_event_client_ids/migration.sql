-- ─── Client eventIDs in a table of their own ───
-- The expression index on (organizationId, document->>'eventID') held every event's eventID (its
-- hash, for most) in a B-tree of long random keys: every insert and every batch assignment (an UPDATE
-- of `events` that is never HOT) extracted it from the document and inserted it. Only eventIDs other
-- than the event's hash are kept now, here, written once with the event; an eventID equal to an
-- event's hash is found by the `eventHash` index.

-- CreateTable
CREATE TABLE "event_client_ids" (
    "eventID" TEXT NOT NULL,
    "organizationId" UUID NOT NULL,
    "eventId" UUID NOT NULL,

    CONSTRAINT "event_client_ids_pkey" PRIMARY KEY ("eventID","organizationId","eventId")
);

-- AddForeignKey
ALTER TABLE "event_client_ids" ADD CONSTRAINT "event_client_ids_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The eventIDs of the events stored so far that differ from their hash.
INSERT INTO "event_client_ids" ("eventID", "organizationId", "eventId")
SELECT document->>'eventID', "organizationId", id FROM events
WHERE document->>'eventID' IS NOT NULL AND document->>'eventID' <> "eventHash";

DROP INDEX "events_organizationId_eventID_idx";
