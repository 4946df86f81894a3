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

-- The read model notes an event whose place in an anchored batch changes (its node now too).
DROP TRIGGER public_record_events_updated ON events;
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
