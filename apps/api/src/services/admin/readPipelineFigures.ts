import type { Database } from "@tracemark/db";
import { formatEther, type PublicClient } from "viem";

export type ReadPipelineFiguresParameters = {
  db: Database;
  chain: PublicClient;
  /** How long the chain's answers may take before the chain's figures are left out of this read. */
  timeoutMs: number;
};

export type ReadPipelineFiguresReturnType = {
  /** Captures accepted or being stored. */
  captureQueueDepth: number;
  /** Events not yet in an anchor batch. */
  pendingEvents: number;
  /** Seconds since the oldest of them was recorded (0 when none waits). */
  oldestPendingEventAgeSeconds: number;
  /** Nonces the submitter handed out whose transactions are not mined yet. */
  submitterNonceLag: number;
  /** Webhook deliveries not yet delivered. */
  webhookBacklog: number;
  /** The indexer's checkpoint, per chain. */
  indexedBlocks: { chainId: number; blockNumber: bigint }[];
  /** The chain's head, when it answered. */
  headBlock: bigint | undefined;
  /** Each submitter address's balance in ether, when the chain answered. */
  relayerBalances: { address: string; ether: number }[];
};

type Row = {
  captureQueueDepth: bigint;
  pendingEvents: bigint;
  oldestPendingEventAgeSeconds: number | null;
  submitterNonceLag: bigint;
  webhookBacklog: bigint;
  checkpoints: { chainId: number; blockNumber: string }[];
  signers: string[];
};

const FIGURES = `
  SELECT
    (SELECT count(*) FROM captures WHERE status IN ('accepted', 'processing')) AS "captureQueueDepth",
    (SELECT count(*) FROM events WHERE "batchId" IS NULL) AS "pendingEvents",
    (SELECT extract(epoch FROM now() - min("recordTime"))::float8 FROM events WHERE "batchId" IS NULL)
      AS "oldestPendingEventAgeSeconds",
    (SELECT count(*) FROM chain_transactions WHERE status IN ('unsent', 'sent')) AS "submitterNonceLag",
    (SELECT count(*) FROM webhook_deliveries WHERE "deliveredAt" IS NULL) AS "webhookBacklog",
    (SELECT coalesce(json_agg(json_build_object('chainId', "chainId", 'blockNumber', "blockNumber"::text)), '[]')
       FROM indexer_checkpoints) AS checkpoints,
    (SELECT coalesce(json_agg(DISTINCT address), '[]') FROM chain_signers) AS signers`;

/**
 * The pipeline's figures for `/metrics`: one database query, plus the chain's head and the
 * submitter addresses' balances (left out when the chain does not answer within `timeoutMs`).
 *
 * @example
 * const figures = await readPipelineFigures({ db, chain, timeoutMs: 2_000 });
 */
export async function readPipelineFigures({
  db,
  chain,
  timeoutMs,
}: ReadPipelineFiguresParameters): Promise<ReadPipelineFiguresReturnType> {
  const [row] = await db.prisma.$queryRawUnsafe<Row[]>(FIGURES);
  if (!row) throw new Error("the pipeline figures query returned no row");
  const fromChain = await withTimeout(
    Promise.all([
      chain.getBlockNumber({ cacheTime: 0 }),
      Promise.all(
        row.signers.map(async (address) => ({
          address,
          ether: Number(formatEther(await chain.getBalance({ address: address as `0x${string}` }))),
        })),
      ),
    ]),
    timeoutMs,
  ).catch(() => undefined);
  return {
    captureQueueDepth: Number(row.captureQueueDepth),
    pendingEvents: Number(row.pendingEvents),
    oldestPendingEventAgeSeconds: row.oldestPendingEventAgeSeconds ?? 0,
    submitterNonceLag: Number(row.submitterNonceLag),
    webhookBacklog: Number(row.webhookBacklog),
    indexedBlocks: row.checkpoints.map((c) => ({ chainId: c.chainId, blockNumber: BigInt(c.blockNumber) })),
    headBlock: fromChain?.[0],
    relayerBalances: fromChain?.[1] ?? [],
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
