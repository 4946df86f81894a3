-- ─── One salt seed per event instead of its salts ───
-- New version-2 events keep the 16-byte seed their salts are derived from (`deriveEventSalts`:
-- HMAC-SHA256(seed, name), docs/privacy.md) instead of the salts as JSON (~250 bytes of jsonb per
-- event, written by the capture and again by every batch assignment, an UPDATE that is never HOT).
-- Events stored before keep their own random salts in `salts`, which stay as they are: a salt
-- chosen at random has no seed to find, and their anchored leaves commit to those salts.
ALTER TABLE "events" ADD COLUMN "saltSeed" BYTEA;
