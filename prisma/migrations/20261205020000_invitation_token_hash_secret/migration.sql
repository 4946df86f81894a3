-- Invitations sent by email carry a token hash (migration `email`): the audit trail records it only as
-- "[secret]", as it does a key's hash and a webhook's secret.
DROP TRIGGER "invitations_audit" ON "invitations";
CREATE TRIGGER "invitations_audit" AFTER INSERT OR UPDATE OR DELETE ON "invitations" FOR EACH ROW EXECUTE FUNCTION "record_audit"('tokenHash');
