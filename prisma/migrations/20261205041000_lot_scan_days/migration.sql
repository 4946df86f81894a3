-- Scan counts: page views of a lot's consumer page per UTC day, a number and nothing about the visitor.
-- CreateTable
CREATE TABLE "lot_scan_days" (
    "lotId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "lot_scan_days_pkey" PRIMARY KEY ("lotId","day")
);

-- AddForeignKey
ALTER TABLE "lot_scan_days" ADD CONSTRAINT "lot_scan_days_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
