-- A proof point an organisation asks an auditor to attest (migration `proof_points`) is written to the
-- audit trail like the lots it is about.
CREATE TRIGGER "proof_points_audit" AFTER INSERT OR UPDATE OR DELETE ON "proof_points" FOR EACH ROW EXECUTE FUNCTION "record_audit"();
