-- The public record shows the events of a lot's owner and of the organisations it was shipped to
-- (a pending or completed custody transfer): a transfer opened, changed or removed changes it.
CREATE TRIGGER public_record_custody_transfers_inserted AFTER INSERT ON custody_transfers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();
CREATE TRIGGER public_record_custody_transfers_updated AFTER UPDATE ON custody_transfers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();
CREATE TRIGGER public_record_custody_transfers_deleted AFTER DELETE ON custody_transfers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_record_lot_rows_changed();
