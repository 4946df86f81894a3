-- An event's anchoring status is its batch's (pending without a batch), kept on anchor_batches only:
-- anchoring or finalising a batch of thousands of events wrote every event row (each update a new
-- row version in all of events' indexes) and ran the read-model trigger over them. The submitter's
-- queue is a partial index of the events without a batch.

-- The read model: an event's batch or proof shows on its record only once the batch is anchored;
-- a batch's status now changes on its own row. Events are immutable once captured, and the event
-- hash stands for the document, so the document itself is not compared.
CREATE OR REPLACE FUNCTION public_record_events_updated() RETURNS trigger LANGUAGE plpgsql
SET work_mem = '64MB' AS $$
DECLARE
  changed_ids uuid[];
  changed_lots uuid[];
BEGIN
  EXECUTE $query$
    SELECT array_agg(n.id), array_agg(n."lotId") || array_agg(o."lotId")
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o."lotId", o."organizationId", o."eventHash", o.leaf, o.type, o.action, o."bizStep", o.disposition,
           o."eventTime", o."eventTimeZoneOffset", o."readPoint", o."bizLocation", o."correctsEventHash")
          IS DISTINCT FROM
          (n."lotId", n."organizationId", n."eventHash", n.leaf, n.type, n.action, n."bizStep", n.disposition,
           n."eventTime", n."eventTimeZoneOffset", n."readPoint", n."bizLocation", n."correctsEventHash")
       OR ((o."batchId", o.proof) IS DISTINCT FROM (n."batchId", n.proof)
           AND EXISTS (SELECT 1 FROM anchor_batches b
                       WHERE b.id IN (o."batchId", n."batchId") AND b.status IN ('anchored', 'final')))
  $query$ INTO changed_ids, changed_lots;
  IF changed_ids IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM public_record_note_lots(changed_lots || ARRAY(
    SELECT i."lotId" FROM event_identifiers i WHERE i."eventId" = ANY(changed_ids) AND i."lotId" IS NOT NULL));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public_record_batches_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(public_record_lots_of_events(ARRAY(
    SELECT e.id FROM events e
    WHERE e."batchId" IN (
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (o.status, o.root, o."eventCount", o."txHash", o."blockNumber", o."anchoredAt")
            IS DISTINCT FROM (n.status, n.root, n."eventCount", n."txHash", n."blockNumber", n."anchoredAt")))));
  RETURN NULL;
END $$;

-- DropIndex
DROP INDEX "events_anchorStatus_organizationId_createdAt_idx";

-- DropIndex
DROP INDEX "events_batchId_idx";

-- AlterTable
ALTER TABLE "events" DROP COLUMN "anchorStatus";

-- CreateIndex
CREATE INDEX "events_pending_idx" ON "events"("organizationId", "createdAt") WHERE ("batchId" IS NULL);

-- CreateIndex
CREATE INDEX "events_batchId_idx" ON "events"("batchId") WHERE ("batchId" IS NOT NULL);
