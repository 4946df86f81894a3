-- CreateEnum
CREATE TYPE "EventVisibility" AS ENUM ('public', 'partners', 'private');

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "visibility" "EventVisibility" NOT NULL DEFAULT 'public';

-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "bizStepVisibility" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "defaultVisibility" "EventVisibility" NOT NULL DEFAULT 'public';

-- CreateTable
CREATE TABLE "event_visibility_changes" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID,
    "apiKeyId" UUID,
    "fromVisibility" "EventVisibility" NOT NULL,
    "toVisibility" "EventVisibility" NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_visibility_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_visibility_changes_eventId_changedAt_idx" ON "event_visibility_changes"("eventId", "changedAt");

-- AddForeignKey
ALTER TABLE "event_visibility_changes" ADD CONSTRAINT "event_visibility_changes_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_visibility_changes" ADD CONSTRAINT "event_visibility_changes_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A change of an event's visibility changes what its lots' public records show: the trigger that
-- notes an updated event's lots now watches "visibility" too.
DROP TRIGGER public_record_events_updated ON events;
CREATE TRIGGER public_record_events_updated AFTER UPDATE ON events FOR EACH ROW
  WHEN ((OLD."lotId", OLD."organizationId", OLD."eventHash", OLD.leaf, OLD.type, OLD.action, OLD."bizStep",
         OLD.disposition, OLD."eventTime", OLD."eventTimeZoneOffset", OLD."readPoint", OLD."bizLocation",
         OLD."correctsEventHash", OLD.visibility)
        IS DISTINCT FROM
        (NEW."lotId", NEW."organizationId", NEW."eventHash", NEW.leaf, NEW.type, NEW.action, NEW."bizStep",
         NEW.disposition, NEW."eventTime", NEW."eventTimeZoneOffset", NEW."readPoint", NEW."bizLocation",
         NEW."correctsEventHash", NEW.visibility)
     OR (OLD."batchId" IS NOT NULL
         AND (OLD."batchId", OLD."treeNode", OLD.proof) IS DISTINCT FROM (NEW."batchId", NEW."treeNode", NEW.proof)))
  EXECUTE FUNCTION public_record_event_updated();
