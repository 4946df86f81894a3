-- CreateEnum
CREATE TYPE "ChainTxStatus" AS ENUM ('unsent', 'sent', 'mined', 'reverted', 'dropped');

-- CreateEnum
CREATE TYPE "LogStatus" AS ENUM ('pending', 'final');

-- CreateTable
CREATE TABLE "chain_signers" (
    "chainId" INTEGER NOT NULL,
    "address" TEXT NOT NULL,
    "nextNonce" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "chain_signers_pkey" PRIMARY KEY ("chainId","address")
);

-- CreateTable
CREATE TABLE "chain_transactions" (
    "id" UUID NOT NULL,
    "chainId" INTEGER NOT NULL,
    "signer" TEXT NOT NULL,
    "nonce" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "gasLimit" BIGINT NOT NULL,
    "maxFeePerGas" BIGINT NOT NULL,
    "maxPriorityFeePerGas" BIGINT NOT NULL,
    "status" "ChainTxStatus" NOT NULL DEFAULT 'unsent',
    "hashes" TEXT[],
    "minedHash" TEXT,
    "blockNumber" BIGINT,
    "blockHash" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "chain_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chain_logs" (
    "id" BIGSERIAL NOT NULL,
    "chainId" INTEGER NOT NULL,
    "txHash" TEXT NOT NULL,
    "logIndex" INTEGER NOT NULL,
    "blockNumber" BIGINT NOT NULL,
    "blockHash" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "args" JSONB NOT NULL,
    "status" "LogStatus" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chain_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indexed_blocks" (
    "chainId" INTEGER NOT NULL,
    "number" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "parentHash" TEXT NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "indexed_blocks_pkey" PRIMARY KEY ("chainId","number")
);

-- CreateTable
CREATE TABLE "indexer_checkpoints" (
    "chainId" INTEGER NOT NULL,
    "blockNumber" BIGINT NOT NULL,
    "blockHash" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "indexer_checkpoints_pkey" PRIMARY KEY ("chainId")
);

-- CreateIndex
CREATE INDEX "chain_transactions_status_chainId_idx" ON "chain_transactions"("status", "chainId");

-- CreateIndex
CREATE INDEX "chain_transactions_kind_refId_idx" ON "chain_transactions"("kind", "refId");

-- CreateIndex
CREATE UNIQUE INDEX "chain_transactions_chainId_signer_nonce_key" ON "chain_transactions"("chainId", "signer", "nonce");

-- CreateIndex
CREATE INDEX "chain_logs_chainId_blockNumber_idx" ON "chain_logs"("chainId", "blockNumber");

-- CreateIndex
CREATE INDEX "chain_logs_chainId_status_blockNumber_idx" ON "chain_logs"("chainId", "status", "blockNumber");

-- CreateIndex
CREATE UNIQUE INDEX "chain_logs_chainId_txHash_logIndex_key" ON "chain_logs"("chainId", "txHash", "logIndex");
