-- CreateTable
CREATE TABLE "public_records" (
    "gtin" TEXT NOT NULL,
    "lotCode" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "chainId" INTEGER NOT NULL,
    "lotId" UUID NOT NULL,
    "generation" BIGINT NOT NULL,
    "epoch" BIGINT NOT NULL,
    "body" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "builtAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_records_pkey" PRIMARY KEY ("gtin","lotCode","serial","chainId")
);

-- CreateTable
CREATE TABLE "public_record_generations" (
    "lotId" UUID NOT NULL,
    "generation" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "public_record_generations_pkey" PRIMARY KEY ("lotId")
);

-- CreateTable
CREATE TABLE "public_record_epoch" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "epoch" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "public_record_epoch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_record_changes" (
    "txid" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint,
    "lotId" UUID NOT NULL,

    CONSTRAINT "public_record_changes_pkey" PRIMARY KEY ("txid","lotId")
);

-- CreateTable
CREATE TABLE "public_record_flushes" (
    "txid" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint,

    CONSTRAINT "public_record_flushes_pkey" PRIMARY KEY ("txid")
);

-- ─── Keeping stored public records honest ───
-- A stored public record is served only while its lot's generation and the global epoch are the
-- ones it was built with. Statement triggers on every table a record shows note the lots a
-- statement changed (public_record_changes); at commit one deferred trigger moves their
-- generations in lot order, so concurrent writers always lock generation rows in the same order
-- and cannot deadlock on them. Changes that many records show (an organisation's name, a
-- location, an auditor) move the global epoch instead.

INSERT INTO "public_record_epoch" ("id", "epoch") VALUES (1, 1);

CREATE FUNCTION public_record_note_lots(lot_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public_record_changes ("lotId")
    SELECT DISTINCT id FROM unnest(lot_ids) AS id WHERE id IS NOT NULL
    ON CONFLICT DO NOTHING;
  IF FOUND THEN
    INSERT INTO public_record_flushes DEFAULT VALUES ON CONFLICT DO NOTHING;
  END IF;
END $$;

CREATE FUNCTION public_record_move_epoch() RETURNS void LANGUAGE sql AS $$
  UPDATE public_record_epoch SET epoch = epoch + 1 WHERE id = 1;
$$;

-- The lots an event belongs to: its own lot and every lot its identifiers name.
CREATE FUNCTION public_record_lots_of_events(event_ids uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT ARRAY(
    SELECT e."lotId" FROM events e WHERE e.id = ANY(event_ids) AND e."lotId" IS NOT NULL
    UNION SELECT i."lotId" FROM event_identifiers i WHERE i."eventId" = ANY(event_ids) AND i."lotId" IS NOT NULL);
$$;

CREATE FUNCTION public_record_flush() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public_record_generations AS g ("lotId")
    SELECT "lotId" FROM public_record_changes WHERE txid = NEW.txid ORDER BY "lotId"
    ON CONFLICT ("lotId") DO UPDATE SET generation = g.generation + 1;
  DELETE FROM public_record_changes WHERE txid = NEW.txid;
  DELETE FROM public_record_flushes WHERE txid = NEW.txid;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER public_record_flush AFTER INSERT ON public_record_flushes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_record_flush();

-- events: a new event (and a correction: the lots of the event it corrects), one that moves into
-- or out of a lot, or one whose anchor changes.
CREATE FUNCTION public_record_events_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(ARRAY(SELECT "lotId" FROM new_rows) || public_record_lots_of_events(ARRAY(
    SELECT e.id FROM events e JOIN new_rows n ON e."eventHash" = n."correctsEventHash")));
  RETURN NULL;
END $$;

CREATE FUNCTION public_record_events_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(ARRAY(
    WITH changed AS (
      SELECT n.id, n."lotId" AS new_lot, o."lotId" AS old_lot
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (o."anchorStatus" IN ('anchored', 'final')) <> (n."anchorStatus" IN ('anchored', 'final'))
         OR (n."anchorStatus" IN ('anchored', 'final')
             AND (o."batchId", o.proof) IS DISTINCT FROM (n."batchId", n.proof))
         OR (o."lotId", o."organizationId", o."eventHash", o.leaf, o.type, o.action, o."bizStep", o.disposition,
             o."eventTime", o."eventTimeZoneOffset", o."readPoint", o."bizLocation", o."correctsEventHash", o.document)
            IS DISTINCT FROM
            (n."lotId", n."organizationId", n."eventHash", n.leaf, n.type, n.action, n."bizStep", n.disposition,
             n."eventTime", n."eventTimeZoneOffset", n."readPoint", n."bizLocation", n."correctsEventHash", n.document))
    SELECT new_lot FROM changed
    UNION SELECT old_lot FROM changed
    UNION SELECT i."lotId" FROM event_identifiers i JOIN changed c ON i."eventId" = c.id));
  RETURN NULL;
END $$;

CREATE FUNCTION public_record_events_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(ARRAY(
    SELECT "lotId" FROM old_rows
    UNION SELECT i."lotId" FROM event_identifiers i JOIN old_rows o ON i."eventId" = o.id));
  RETURN NULL;
END $$;

CREATE TRIGGER public_record_events_inserted AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_events_inserted();
CREATE TRIGGER public_record_events_updated AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_events_updated();
CREATE TRIGGER public_record_events_deleted AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_events_deleted();

-- Tables whose rows name their lot in "lotId": event_identifiers, recalls, serial_items, attestations
-- (an attestation about an event also changes the lots of that event).
CREATE FUNCTION public_record_lot_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM public_record_note_lots(ARRAY(SELECT "lotId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM public_record_note_lots(ARRAY(SELECT "lotId" FROM old_rows));
  ELSE
    PERFORM public_record_note_lots(ARRAY(SELECT "lotId" FROM new_rows UNION SELECT "lotId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public_record_attestations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lot_ids uuid[];
  event_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("lotId"), array_agg("eventId") INTO lot_ids, event_ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("lotId"), array_agg("eventId") INTO lot_ids, event_ids FROM old_rows;
  ELSE
    SELECT array_agg("lotId"), array_agg("eventId") INTO lot_ids, event_ids
      FROM (SELECT "lotId", "eventId" FROM new_rows UNION ALL SELECT "lotId", "eventId" FROM old_rows) AS r;
  END IF;
  PERFORM public_record_note_lots(lot_ids || public_record_lots_of_events(event_ids));
  RETURN NULL;
END $$;

CREATE TRIGGER public_record_event_identifiers_inserted AFTER INSERT ON event_identifiers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();
CREATE TRIGGER public_record_event_identifiers_updated AFTER UPDATE ON event_identifiers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();
CREATE TRIGGER public_record_event_identifiers_deleted AFTER DELETE ON event_identifiers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();

CREATE TRIGGER public_record_recalls_inserted AFTER INSERT ON recalls
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();
CREATE TRIGGER public_record_recalls_updated AFTER UPDATE ON recalls
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();
CREATE TRIGGER public_record_recalls_deleted AFTER DELETE ON recalls
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();

-- A new serial item changes no stored record (its record did not exist); moving or removing one does.
CREATE TRIGGER public_record_serial_items_updated AFTER UPDATE ON serial_items
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();
CREATE TRIGGER public_record_serial_items_deleted AFTER DELETE ON serial_items
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();

CREATE TRIGGER public_record_attestations_inserted AFTER INSERT ON attestations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_attestations_changed();
CREATE TRIGGER public_record_attestations_updated AFTER UPDATE ON attestations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_attestations_changed();
CREATE TRIGGER public_record_attestations_deleted AFTER DELETE ON attestations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_attestations_changed();

-- anchor_batches: a batch's root, transaction, block or time (shown on each event it anchors).
CREATE FUNCTION public_record_batches_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(public_record_lots_of_events(ARRAY(
    SELECT e.id FROM events e
    WHERE e."batchId" IN (
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (o.root, o."eventCount", o."txHash", o."blockNumber", o."anchoredAt")
            IS DISTINCT FROM (n.root, n."eventCount", n."txHash", n."blockNumber", n."anchoredAt")))));
  RETURN NULL;
END $$;

CREATE TRIGGER public_record_batches_updated AFTER UPDATE ON anchor_batches
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_batches_changed();

-- lots and products: what the record shows of them.
CREATE FUNCTION public_record_lots_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(ARRAY(
    SELECT o.id FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
    WHERE n.id IS NULL
       OR (o."lotCode", o."productionDate", o."expiryDate", o."organizationId", o."productId")
          IS DISTINCT FROM (n."lotCode", n."productionDate", n."expiryDate", n."organizationId", n."productId")));
  RETURN NULL;
END $$;

CREATE FUNCTION public_record_products_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_note_lots(ARRAY(
    SELECT l.id FROM lots l JOIN old_rows o ON o.id = l."productId" LEFT JOIN new_rows n ON n.id = o.id
    WHERE n.id IS NULL
       OR (o.gtin, o.name, o.description, o."imageUrls", o.category)
          IS DISTINCT FROM (n.gtin, n.name, n.description, n."imageUrls", n.category)));
  RETURN NULL;
END $$;

CREATE TRIGGER public_record_lots_updated AFTER UPDATE ON lots
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lots_changed();
CREATE TRIGGER public_record_products_updated AFTER UPDATE ON products
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_products_changed();

-- organizations, locations, auditors: shown on many records; any change that shows moves the epoch.
CREATE FUNCTION public_record_organizations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE (o.name, o."chainOrgId") IS DISTINCT FROM (n.name, n."chainOrgId")) THEN
    PERFORM public_record_move_epoch();
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public_record_shared_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_record_move_epoch();
  RETURN NULL;
END $$;

CREATE TRIGGER public_record_organizations_updated AFTER UPDATE ON organizations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_organizations_changed();
CREATE TRIGGER public_record_locations_changed AFTER INSERT OR UPDATE OR DELETE ON locations
  FOR EACH STATEMENT EXECUTE FUNCTION public_record_shared_rows_changed();
CREATE TRIGGER public_record_auditors_changed AFTER INSERT OR UPDATE OR DELETE ON auditors
  FOR EACH STATEMENT EXECUTE FUNCTION public_record_shared_rows_changed();
