-- Scheduled query subscriptions (the binding's `schedule` and `reportIfEmpty`; a subscription without a
-- schedule streams), and the claim that lets one deliverer of several send a subscription's events.
ALTER TABLE "epcis_subscriptions"
  ADD COLUMN "schedule" JSONB,
  ADD COLUMN "reportIfEmpty" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "nextRunAt" TIMESTAMPTZ(3),
  ADD COLUMN "claimedBy" UUID,
  ADD COLUMN "claimedUntil" TIMESTAMPTZ(3);
