-- CreateTable
CREATE TABLE "epcis_subscriptions" (
    "id" UUID NOT NULL,
    "queryId" UUID NOT NULL,
    "dest" TEXT NOT NULL,
    "signatureToken" TEXT,
    "initialRecordTime" TIMESTAMPTZ(3) NOT NULL,
    "lastRecordTime" TIMESTAMPTZ(3),
    "lastEventId" UUID,
    "lastNotifiedAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "epcis_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "epcis_subscriptions_queryId_idx" ON "epcis_subscriptions"("queryId");

-- AddForeignKey
ALTER TABLE "epcis_subscriptions" ADD CONSTRAINT "epcis_subscriptions_queryId_fkey" FOREIGN KEY ("queryId") REFERENCES "epcis_queries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
