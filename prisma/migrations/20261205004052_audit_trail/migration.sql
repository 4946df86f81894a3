-- CreateTable
CREATE TABLE "audit_records" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" UUID,
    "actorUserId" UUID,
    "actorApiKeyId" UUID,
    "ip" TEXT,
    "userAgent" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_records_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_records_organizationId_at_idx" ON "audit_records"("organizationId", "at");

-- CreateIndex
CREATE INDEX "audit_records_at_idx" ON "audit_records"("at");

-- The audit trail is written by this trigger, in the transaction of the write itself: no write without its record, no
-- record without its write. Who and from where come from the transaction-local setting `tracemark.audit_actor`
-- (JSON: userId, apiKeyId, ip, userAgent), which the API sets in each transaction a request opens
-- (apps/api/src/audit/auditedDatabase.ts); writes without it (the platform's own processes) are recorded without an actor.
-- The trigger's arguments name the table's secret columns: their values are never copied, only "[secret]".
-- An update that changes nothing but bookkeeping (updatedAt, lastUsedAt) is not recorded.
CREATE FUNCTION "record_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row JSONB := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
  new_row JSONB := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
  written JSONB := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  actor JSONB := NULLIF(current_setting('tracemark.audit_actor', true), '')::jsonb;
  changed JSONB;
BEGIN
  SELECT coalesce(jsonb_object_agg(k, jsonb_build_object(
           'from', CASE WHEN k = ANY(TG_ARGV) AND old_row->k <> 'null'::jsonb THEN '"[secret]"'::jsonb ELSE old_row->k END,
           'to', CASE WHEN k = ANY(TG_ARGV) AND new_row->k <> 'null'::jsonb THEN '"[secret]"'::jsonb ELSE new_row->k END)), '{}'::jsonb)
    INTO changed
    FROM (SELECT jsonb_object_keys(old_row || new_row) AS k) AS fields
   WHERE k NOT IN ('id', 'createdAt', 'updatedAt', 'lastUsedAt')
     AND (old_row->k) IS DISTINCT FROM (new_row->k)
     AND NOT (TG_OP = 'INSERT' AND new_row->k = 'null'::jsonb)
     AND NOT (TG_OP = 'DELETE' AND old_row->k = 'null'::jsonb);
  IF TG_OP = 'UPDATE' AND changed = '{}'::jsonb THEN
    RETURN NULL;
  END IF;
  INSERT INTO "audit_records" ("organizationId", "actorUserId", "actorApiKeyId", "ip", "userAgent", "entity", "entityId", "action", "changes")
  VALUES (
    (CASE WHEN TG_TABLE_NAME = 'organizations' THEN written->>'id' ELSE written->>'organizationId' END)::uuid,
    (actor->>'userId')::uuid,
    (actor->>'apiKeyId')::uuid,
    actor->>'ip',
    actor->>'userAgent',
    TG_TABLE_NAME,
    coalesce(written->>'id', written->>'userId'),
    CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
    changed
  );
  RETURN NULL;
END
$$;

CREATE TRIGGER "products_audit" AFTER INSERT OR UPDATE OR DELETE ON "products" FOR EACH ROW EXECUTE FUNCTION "record_audit"();
CREATE TRIGGER "lots_audit" AFTER INSERT OR UPDATE OR DELETE ON "lots" FOR EACH ROW EXECUTE FUNCTION "record_audit"();
CREATE TRIGGER "locations_audit" AFTER INSERT OR UPDATE OR DELETE ON "locations" FOR EACH ROW EXECUTE FUNCTION "record_audit"();
CREATE TRIGGER "memberships_audit" AFTER INSERT OR UPDATE OR DELETE ON "memberships" FOR EACH ROW EXECUTE FUNCTION "record_audit"();
CREATE TRIGGER "invitations_audit" AFTER INSERT OR UPDATE OR DELETE ON "invitations" FOR EACH ROW EXECUTE FUNCTION "record_audit"();
CREATE TRIGGER "api_keys_audit" AFTER INSERT OR UPDATE OR DELETE ON "api_keys" FOR EACH ROW EXECUTE FUNCTION "record_audit"('keyHash');
CREATE TRIGGER "webhooks_audit" AFTER INSERT OR UPDATE OR DELETE ON "webhooks" FOR EACH ROW EXECUTE FUNCTION "record_audit"('secret');
CREATE TRIGGER "organizations_audit" AFTER INSERT OR UPDATE OR DELETE ON "organizations" FOR EACH ROW EXECUTE FUNCTION "record_audit"();
CREATE TRIGGER "auditors_audit" AFTER INSERT OR UPDATE OR DELETE ON "auditors" FOR EACH ROW EXECUTE FUNCTION "record_audit"();
