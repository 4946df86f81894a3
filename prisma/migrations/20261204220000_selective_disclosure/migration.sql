-- AlterTable: events stored so far are anchored with version-1 leaves (the event hash digest);
-- new ones get version-2 leaves and their salts (selective disclosure, issue #14).
ALTER TABLE "events" ADD COLUMN     "leafVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "salts" JSONB;

-- AlterTable: which field groups an organisation's public events withhold.
ALTER TABLE "organizations" ADD COLUMN     "disclosure" JSONB NOT NULL DEFAULT '{}';

-- A change of what an organisation withholds changes every public record showing its events.
CREATE OR REPLACE FUNCTION public_record_organizations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE (o.name, o."chainOrgId", o.disclosure) IS DISTINCT FROM (n.name, n."chainOrgId", n.disclosure)) THEN
    PERFORM public_record_move_epoch();
  END IF;
  RETURN NULL;
END $$;
