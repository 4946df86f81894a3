-- The public record's journey now marks corrected steps and error declarations: discard every
-- stored record (by moving the epoch) so that each is rebuilt, with the marks, on its next read.
SELECT public_record_move_epoch();
