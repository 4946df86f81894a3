-- CreateIndex
CREATE INDEX "attestations_eventId_idx" ON "attestations"("eventId");
