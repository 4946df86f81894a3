-- CreateIndex
CREATE INDEX "chain_transactions_hashes_idx" ON "chain_transactions" USING GIN ("hashes");
