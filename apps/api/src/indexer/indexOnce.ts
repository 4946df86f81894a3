import type { Database } from "@tracemark/db";
import type { Deployment } from "@tracemark/sdk";
import type { Hex, PublicClient } from "viem";
import { CheckpointMovedError, isRangeLimitError } from "./errors.ts";
import { defaultReorgWindow, finalize } from "./finalize.ts";
import { handlers } from "./handlers/index.ts";
import { assertLockHeld, type IndexerLock } from "./lock.ts";
import { type DeepReorgPolicy, type HandleReorgReturnType, handleReorg } from "./rollback.ts";
import { type BlockHeader, getHeader, getLogs, type RawLog } from "./rpc.ts";
import { type IndexedLog, type LogSources, logSources } from "./sources.ts";

/**
 * What stays between steps of one indexer: the `eth_getLogs` range it uses, a ceiling set by the node's last
 * refusal (half the refused range: growth stays at or below it for `PROBE_AFTER` successful reads, then probes
 * again, since each refused request can cost the node a full answer), and the decoded sources.
 */
export type IndexerState = { range: number; ceiling?: number; successes?: number; sources?: LogSources };

/** Successful reads after which growth past the ceiling is tried again (the node's limit may have been transient). */
const PROBE_AFTER = 100;

export type IndexOnceParameters = {
  db: Database;
  client: PublicClient;
  chainId: number;
  deployment: Deployment;
  /** Blocks on top of a block before its rows are final. */
  confirmations: number;
  /** The widest range asked for; the range shrinks when the node refuses and grows back on success. */
  maxRange: number;
  /** Blocks below the finality floor whose hashes are kept to find a deeper reorg's ancestor; default 256. */
  reorgWindow?: number | undefined;
  /** A reorg below every kept hash: `halt` (default) changes nothing and says so; `reread` reads from the start block. */
  deepReorg?: DeepReorgPolicy | undefined;
  state: IndexerState;
  /** The advisory lock the caller holds; checked inside every write transaction. */
  lock?: IndexerLock | undefined;
};

export type IndexOnceReturnType =
  | { kind: "indexed"; from: bigint; to: bigint; logs: number; newLogs: number; head: bigint }
  | { kind: "caughtUp"; head: bigint }
  | HandleReorgReturnType
  | { kind: "retry"; reason: string };

const needsTime = new Set([
  "TracemarkRegistry:BatchAnchored",
  "TracemarkRegistry:EventAnchored",
  "EAS:Attested",
  "EAS:Revoked",
]);

/**
 * One step of the indexer: checks the checkpoint is still on the chain (else rolls back the reorg), reads the
 * next range of logs, and writes the logs, what they cause, the blocks and the checkpoint in one transaction.
 *
 * @example
 * const state = { range: 2_000 };
 * while ((await indexOnce({ db, client, chainId, deployment, confirmations: 2, maxRange: 2_000, state })).kind !== "caughtUp");
 */
export async function indexOnce(parameters: IndexOnceParameters): Promise<IndexOnceReturnType> {
  const { db, client, chainId, deployment, state, lock } = parameters;
  state.sources ??= logSources(deployment);
  const sources = state.sources;
  const startBlock = BigInt(deployment.startBlock);
  const deepReorg = parameters.deepReorg ?? "halt";
  const reorg = () => handleReorg({ db, client, chainId, startBlock, deepReorg, lock });

  const head = await client.getBlockNumber({ cacheTime: 0 });
  const saved = await db.prisma.indexerCheckpoint.findUnique({ where: { chainId } });
  const checkpoint = saved
    ? { number: saved.blockNumber, hash: saved.blockHash as Hex | null }
    : { number: startBlock - 1n, hash: null };
  if (checkpoint.hash !== null) {
    if (checkpoint.number > head) return reorg();
    const onChain = await getHeader(client, checkpoint.number);
    if (onChain?.hash !== checkpoint.hash) return reorg();
  }
  if (checkpoint.number >= head) return { kind: "caughtUp", head };

  const from = checkpoint.number + 1n;
  let to: bigint;
  let toHeader: BlockHeader | undefined;
  let raw: RawLog[];
  for (;;) {
    to = from + BigInt(state.range) - 1n;
    if (to > head) to = head;
    toHeader = await getHeader(client, to);
    if (!toHeader) return { kind: "retry", reason: `block ${to} is gone` };
    try {
      raw = await getLogs(client, sources.filters, from, to);
      break;
    } catch (error) {
      if (!isRangeLimitError(error) || state.range <= 1) throw error;
      const asked = Number(to - from + 1n);
      state.range = Math.max(1, Math.floor(Math.min(state.range, asked) / 2));
      state.ceiling = state.range;
      state.successes = 0;
    }
  }
  // A reorg during the read changes block `to`: read again rather than store logs of two forks.
  const toAgain = await getHeader(client, to);
  if (toAgain?.hash !== toHeader.hash)
    return { kind: "retry", reason: `block ${to} changed during the read` };
  const fromHeader = from === to ? toHeader : await getHeader(client, from);
  if (!fromHeader) return { kind: "retry", reason: `block ${from} is gone` };
  if (checkpoint.hash !== null && fromHeader.parentHash !== checkpoint.hash) return reorg();
  if (raw.some((log) => log.blockNumber === to && log.blockHash !== toHeader.hash))
    return { kind: "retry", reason: `logs of block ${to} are from another fork` };

  const logs = raw.map(sources.decode).filter((log): log is IndexedLog => log !== undefined);
  const times = new Map<bigint, Date>([
    [fromHeader.number, fromHeader.timestamp],
    [toHeader.number, toHeader.timestamp],
  ]);
  for (const log of raw)
    if (log.blockTimestamp !== undefined && log.blockNumber !== null)
      times.set(log.blockNumber, new Date(Number(log.blockTimestamp) * 1000));
  const missing = [
    ...new Set(
      logs.filter((l) => needsTime.has(l.name) && !times.has(l.blockNumber)).map((l) => l.blockNumber),
    ),
  ];
  for (let i = 0; i < missing.length; i += 16) {
    const headers = await Promise.all(missing.slice(i, i + 16).map((number) => getHeader(client, number)));
    for (const header of headers) if (header) times.set(header.number, header.timestamp);
  }
  const blockTime = (number: bigint) => {
    const time = times.get(number);
    if (!time) throw new Error(`no timestamp for block ${number}`);
    return time;
  };

  const finalBlock = head - BigInt(parameters.confirmations);
  const newLogs = await db.prisma.$transaction(
    async (tx) => {
      if (lock) await assertLockHeld(tx, lock);
      const [current] = await tx.$queryRawUnsafe<{ blockNumber: bigint }[]>(
        `SELECT "blockNumber" FROM indexer_checkpoints WHERE "chainId" = $1 FOR UPDATE`,
        chainId,
      );
      if ((current?.blockNumber ?? startBlock - 1n) !== checkpoint.number)
        throw new CheckpointMovedError(chainId, checkpoint.number, current?.blockNumber);
      const inserted =
        logs.length === 0
          ? []
          : await tx.$queryRawUnsafe<{ txHash: string; logIndex: number }[]>(
              `INSERT INTO chain_logs ("chainId", "txHash", "logIndex", "blockNumber", "blockHash", address, name, args, status)
               SELECT $1, l.tx, l.idx, l.block, l.bhash, l.address, l.name, l.args,
                 CASE WHEN l.block <= $9::bigint THEN 'final' ELSE 'pending' END::"LogStatus"
               FROM unnest($2::text[], $3::int[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::jsonb[])
                 AS l(tx, idx, block, bhash, address, name, args)
               ON CONFLICT ("chainId", "txHash", "logIndex") DO NOTHING
               RETURNING "txHash", "logIndex"`,
              chainId,
              logs.map((log) => log.txHash),
              logs.map((log) => log.logIndex),
              logs.map((log) => log.blockNumber.toString()),
              logs.map((log) => log.blockHash),
              logs.map((log) => log.address),
              logs.map((log) => log.name),
              logs.map((log) => JSON.stringify(log.args)),
              finalBlock.toString(),
            );
      const fresh = new Set(inserted.map((row) => `${row.txHash}:${row.logIndex}`));
      const newLogs = logs.filter((log) => fresh.has(`${log.txHash}:${log.logIndex}`));
      const context = { tx, chainId, deployment, blockTime, finalBlock };
      for (const [name, handler] of handlers) {
        const mine = newLogs.filter((log) => log.name === name);
        if (mine.length > 0) await handler(context, mine);
      }
      for (const header of from === to ? [toHeader] : [fromHeader, toHeader]) {
        const block = {
          hash: header.hash,
          parentHash: header.parentHash,
          timestamp: header.timestamp,
        };
        await tx.indexedBlock.upsert({
          where: { chainId_number: { chainId, number: header.number } },
          create: { chainId, number: header.number, ...block },
          update: block,
        });
      }
      const next = { blockNumber: to, blockHash: toHeader.hash };
      await tx.indexerCheckpoint.upsert({ where: { chainId }, create: { chainId, ...next }, update: next });
      await finalize(tx, { chainId, finalBlock, reorgWindow: parameters.reorgWindow ?? defaultReorgWindow });
      return newLogs.length;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  state.successes = (state.successes ?? 0) + 1;
  if (state.ceiling !== undefined && state.successes >= PROBE_AFTER) state.ceiling = undefined;
  state.range = Math.max(
    1,
    Math.min(parameters.maxRange, state.range * 2, state.ceiling ?? Number.POSITIVE_INFINITY),
  );
  return { kind: "indexed", from, to, logs: logs.length, newLogs, head };
}
