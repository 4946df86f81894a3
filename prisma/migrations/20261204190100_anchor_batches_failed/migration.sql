-- A batch whose anchor transaction reverted for a reason the contract gives (not a writer of the
-- organisation, for one) ends `failed` with that reason, decoded; its events stay in it. Releasing
-- them, as before, cut the same events into the same root and sent it into the same revert forever.
ALTER TYPE "AnchorStatus" ADD VALUE 'failed';

ALTER TABLE "anchor_batches" ADD COLUMN "failureReason" TEXT;
