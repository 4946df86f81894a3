-- public_record_events_updated noted the same lots, with a query PL/pgSQL planned once per
-- connection and then reused: planned for the first UPDATE of events a connection made (often a
-- few rows), it joined the transition tables with a nested loop, so a later update of a whole
-- Merkle batch (thousands of rows) compared every old row with every new one and ran for minutes
-- (the indexer stalled in bench/pipeline). It is now planned for each statement's rows (EXECUTE),
-- with the memory to join a batch without temporary files, and finds the changed events'
-- identifiers by the primary key rather than by reading all of event_identifiers.
CREATE OR REPLACE FUNCTION public_record_events_updated() RETURNS trigger LANGUAGE plpgsql
SET work_mem = '64MB' AS $$
DECLARE
  changed_ids uuid[];
  changed_lots uuid[];
BEGIN
  EXECUTE $query$
    SELECT array_agg(n.id), array_agg(n."lotId") || array_agg(o."lotId")
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o."anchorStatus" IN ('anchored', 'final')) <> (n."anchorStatus" IN ('anchored', 'final'))
       OR (n."anchorStatus" IN ('anchored', 'final')
           AND (o."batchId", o.proof) IS DISTINCT FROM (n."batchId", n.proof))
       OR (o."lotId", o."organizationId", o."eventHash", o.leaf, o.type, o.action, o."bizStep", o.disposition,
           o."eventTime", o."eventTimeZoneOffset", o."readPoint", o."bizLocation", o."correctsEventHash", o.document)
          IS DISTINCT FROM
          (n."lotId", n."organizationId", n."eventHash", n.leaf, n.type, n.action, n."bizStep", n.disposition,
           n."eventTime", n."eventTimeZoneOffset", n."readPoint", n."bizLocation", n."correctsEventHash", n.document)
  $query$ INTO changed_ids, changed_lots;
  IF changed_ids IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM public_record_note_lots(changed_lots || ARRAY(
    SELECT i."lotId" FROM event_identifiers i WHERE i."eventId" = ANY(changed_ids) AND i."lotId" IS NOT NULL));
  RETURN NULL;
END $$;
