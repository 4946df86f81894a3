-- An event's anchoring status is its batch's (pending without a batch), kept on anchor_batches only:
-- anchoring or finalising a batch of thousands of events wrote every event row (each update a new
-- row version in all of events' indexes) and ran the read-model trigger over them. The submitter's
-- queue is a partial index of the events without a batch.

-- A batch stores its Merkle tree once (32 bytes a node) and each event its node in it, instead of
-- each event storing its proof (~log2(n) hex hashes): cutting a batch of thousands of events wrote
-- and sent ~800 bytes more per event, and widened every row it rewrote. Events batched before keep
-- their stored proof (treeNode NULL).
ALTER TABLE "anchor_batches" ADD COLUMN "tree" BYTEA;
-- Uncompressed, so reading a proof fetches only the slices of the tree it needs.
ALTER TABLE "anchor_batches" ALTER COLUMN "tree" SET STORAGE EXTERNAL;
ALTER TABLE "events" ADD COLUMN "treeNode" INTEGER;

-- The siblings from `node` up to the root of a tree stored as createMerkleBatch lays it out (the
-- children of node i at 2i + 1 and 2i + 2), as 0x-hex: the node's Merkle proof.
CREATE FUNCTION merkle_proof(tree bytea, node integer) RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  proof text[] := '{}';
  sibling integer;
BEGIN
  WHILE node > 0 LOOP
    sibling := CASE WHEN node % 2 = 1 THEN node + 1 ELSE node - 1 END;
    proof := proof || ('0x' || encode(substring(tree FROM sibling * 32 + 1 FOR 32), 'hex'));
    node := (node - 1) / 2;
  END LOOP;
  RETURN proof;
END $$;

-- An event's Merkle proof in its batch: from the batch's tree, or as stored by older batches.
CREATE FUNCTION event_proof(tree bytea, node integer, stored text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN node IS NULL THEN stored ELSE merkle_proof(tree, node) END;
$$;

-- The read model. Whether an event is anchored (the record does not tell anchored from final) now
-- changes on its batch's row. Putting thousands of events in a batch must not cost the read model
-- anything: the statement trigger on events kept the old and new version of every row updated
-- (documents included) and joined them. A row trigger with a WHEN condition runs only for the rows
-- whose change shows: one whose content moved (events are immutable once captured, and the event
-- hash stands for the document, so the document itself is not compared), or one whose batch or
-- place in it changed after it had a batch (an event enters a batch before the batch is anchored,
-- which the batch's trigger notes).
DROP TRIGGER public_record_events_updated ON events;
DROP FUNCTION public_record_events_updated();

CREATE FUNCTION public_record_event_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(ARRAY[OLD."lotId", NEW."lotId"] || public_record_lots_of_events(ARRAY[NEW.id]));
  RETURN NULL;
END $$;

CREATE TRIGGER public_record_events_updated AFTER UPDATE ON events FOR EACH ROW
  WHEN ((OLD."lotId", OLD."organizationId", OLD."eventHash", OLD.leaf, OLD.type, OLD.action, OLD."bizStep",
         OLD.disposition, OLD."eventTime", OLD."eventTimeZoneOffset", OLD."readPoint", OLD."bizLocation",
         OLD."correctsEventHash")
        IS DISTINCT FROM
        (NEW."lotId", NEW."organizationId", NEW."eventHash", NEW.leaf, NEW.type, NEW.action, NEW."bizStep",
         NEW.disposition, NEW."eventTime", NEW."eventTimeZoneOffset", NEW."readPoint", NEW."bizLocation",
         NEW."correctsEventHash")
     OR (OLD."batchId" IS NOT NULL
         AND (OLD."batchId", OLD."treeNode", OLD.proof) IS DISTINCT FROM (NEW."batchId", NEW."treeNode", NEW.proof)))
  EXECUTE FUNCTION public_record_event_updated();

CREATE OR REPLACE FUNCTION public_record_batches_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(public_record_lots_of_events(ARRAY(
    SELECT e.id FROM events e
    WHERE e."batchId" IN (
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (o.status IN ('anchored', 'final'), o.root, o."eventCount", o."txHash", o."blockNumber", o."anchoredAt")
            IS DISTINCT FROM
            (n.status IN ('anchored', 'final'), n.root, n."eventCount", n."txHash", n."blockNumber", n."anchoredAt")))));
  RETURN NULL;
END $$;

-- A new event notes its lot, and a correction the lots of the event it corrects. The corrected
-- events are found by their hashes' index: a join with the transition table (of unknown size to
-- the planner) read all of events for each captured document.
CREATE OR REPLACE FUNCTION public_record_events_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  corrected text[] := ARRAY(SELECT "correctsEventHash" FROM new_rows WHERE "correctsEventHash" IS NOT NULL);
BEGIN
  PERFORM public_record_note_lots(ARRAY(SELECT "lotId" FROM new_rows));
  IF cardinality(corrected) > 0 THEN
    PERFORM public_record_note_lots(public_record_lots_of_events(ARRAY(
      SELECT id FROM events WHERE "eventHash" = ANY(corrected))));
  END IF;
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
