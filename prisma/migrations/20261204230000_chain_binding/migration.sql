-- The chain this database records: one row, written at the first start, compared at every start.
CREATE TABLE "chain_binding" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "chainId" INTEGER NOT NULL,
    "deployment" JSONB NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chain_binding_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chain_binding_one_row" CHECK ("id")
);

-- The chain each chain-derived row belongs to.
ALTER TABLE "anchor_batches" ADD COLUMN "chainId" INTEGER;
ALTER TABLE "recalls" ADD COLUMN "chainId" INTEGER;
ALTER TABLE "attestations" ADD COLUMN "chainId" INTEGER;

-- Rows written before: the chain their transaction went to, or their log was read from. Rows with none yet (pending) are
-- filled when the chain is recorded at start (`bindDatabaseToChain`), or when they reach the chain.
UPDATE "anchor_batches" b SET "chainId" = t."chainId"
  FROM "chain_transactions" t WHERE t.kind = 'anchor_batch' AND t."refId" = b.id::text;
UPDATE "recalls" r SET "chainId" = l."chainId"
  FROM "chain_logs" l WHERE l."txHash" = r."txHash";
UPDATE "attestations" a SET "chainId" = l."chainId"
  FROM "chain_logs" l WHERE l."txHash" = a."txHash";
