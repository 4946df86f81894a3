-- CreateIndex
CREATE INDEX "custody_transfers_lotId_toOrgId_idx" ON "custody_transfers"("lotId", "toOrgId");

-- CreateIndex
CREATE INDEX "recalls_active_idx" ON "recalls"("lotId") WHERE (status = 'active');

-- The lots downstream of `start` (outputs of transformations, what was packed into or unpacked
-- from), as `reachOfRecalls` walks them but without its custody rule (a superset: noting a lot too
-- many only rebuilds its record).
CREATE FUNCTION public_record_downstream_lots(start uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
  WITH RECURSIVE down(lot_id, value, depth) AS (
    SELECT id, NULL::text, 0 FROM unnest(start) AS id WHERE id IS NOT NULL
    UNION
    SELECT i2."lotId", CASE WHEN i2."lotId" IS NULL THEN i2.value END, d.depth + 1
    FROM down d
    JOIN event_identifiers i1 ON (i1."lotId" = d.lot_id OR (d.lot_id IS NULL AND i1.value = d.value))
    JOIN events e ON e.id = i1."eventId"
    JOIN event_identifiers i2 ON i2."eventId" = i1."eventId"
    WHERE d.depth < 32
      AND CASE
        WHEN e.type = 'TransformationEvent' THEN
          i1.role IN ('input', 'inputQuantity') AND i2.role IN ('output', 'outputQuantity')
        WHEN e.action = 'DELETE' THEN i1.role = 'parent' AND i2.role IN ('child', 'childQuantity', 'epc', 'quantity')
        ELSE i1.role IN ('child', 'childQuantity', 'epc', 'quantity') AND i2.role = 'parent'
      END
  )
  SELECT ARRAY(SELECT DISTINCT lot_id FROM down WHERE lot_id IS NOT NULL AND depth > 0);
$$;

-- ─── A recall reaches the public records of the lots downstream of its lot ───
-- A record names the active recalls of the lots upstream of its lot (`inheritedRecallsOf`): declaring,
-- lifting or removing a recall notes the lots downstream of its lot (their generations move at
-- commit, in lot order, as for any other change).
CREATE FUNCTION public_record_recall_reach_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM public_record_note_lots(public_record_downstream_lots(ARRAY(SELECT DISTINCT "lotId" FROM new_rows)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM public_record_note_lots(public_record_downstream_lots(ARRAY(SELECT DISTINCT "lotId" FROM old_rows)));
  ELSE
    PERFORM public_record_note_lots(public_record_downstream_lots(ARRAY(
      SELECT n."lotId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (o.status, o."lotId") IS DISTINCT FROM (n.status, n."lotId")
      UNION SELECT o."lotId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (o.status, o."lotId") IS DISTINCT FROM (n.status, n."lotId"))));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER public_record_recalls_reach_inserted AFTER INSERT ON recalls
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_recall_reach_changed();
CREATE TRIGGER public_record_recalls_reach_updated AFTER UPDATE ON recalls
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_recall_reach_changed();
CREATE TRIGGER public_record_recalls_reach_deleted AFTER DELETE ON recalls
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_recall_reach_changed();

-- A new link (an event naming a lot, a custody hand-over that lets an organisation's events link a
-- lot) can put lots that already have a downstream under an active recall: while any recall is
-- active, the lots downstream of the lots it names are noted too. Usually there are none (a new
-- output has nothing made of it yet), so this costs an index probe per lot.
CREATE FUNCTION public_record_reach_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM recalls WHERE status = 'active') THEN
    PERFORM public_record_note_lots(public_record_downstream_lots(ARRAY(SELECT DISTINCT "lotId" FROM new_rows)));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER public_record_event_identifiers_reach AFTER INSERT ON event_identifiers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_reach_changed();
CREATE TRIGGER public_record_custody_transfers_reach_inserted AFTER INSERT ON custody_transfers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_reach_changed();
CREATE TRIGGER public_record_custody_transfers_reach_updated AFTER UPDATE ON custody_transfers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_reach_changed();
