-- The delivery log of a webhook: the HTTP status of its last attempt, and its deliveries newest first.
ALTER TABLE "webhook_deliveries" ADD COLUMN "lastStatus" INTEGER;

CREATE INDEX "webhook_deliveries_webhookId_id_idx" ON "webhook_deliveries"("webhookId", "id" DESC);
