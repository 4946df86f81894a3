import type { Deployment } from "@tracemark/sdk";
import type { PublicClient } from "viem";
import { backoffDelay } from "../background/backoffDelay.ts";
import { holdAdvisoryLock } from "../background/holdAdvisoryLock.ts";
import { sleep } from "../background/sleep.ts";
import { loadDeployment } from "../chain/loadDeployment.ts";
import type { AppContext } from "../context.ts";
import { deepReorgGauge } from "./deepReorgGauge.ts";
import { type IndexerState, indexOnce } from "./indexOnce.ts";
import { INDEXER_LOCK_CLASS, type IndexerLock } from "./lock.ts";

/** The log lines the indexer writes (pino's and Fastify's loggers fit). */
export type IndexerLogger = {
  info: (object: object, message: string) => void;
  warn: (object: object, message: string) => void;
  error: (object: object, message: string) => void;
};

export type StartIndexerOptions = {
  /** The deployment to read; default: the one in DEPLOYMENTS_DIR for the client's chain. */
  deployment?: Deployment | undefined;
  /** The node to read; default `context.chain`. */
  client?: PublicClient | undefined;
  /** Default `context.config.indexer.confirmations` (INDEXER_CONFIRMATIONS). */
  confirmations?: number | undefined;
  /** Pause once caught up with the head; default `context.config.indexer.pollMs` (INDEXER_POLL_MS). */
  pollMs?: number | undefined;
  /** Default `context.config.indexer.maxRange` (INDEXER_MAX_RANGE). */
  maxRange?: number | undefined;
  /** Default `context.config.indexer.reorgWindow` (INDEXER_REORG_WINDOW). */
  reorgWindow?: number | undefined;
  /** How often a standby tries to take the lock; default 1,000 ms. */
  standbyPollMs?: number | undefined;
  /** Pause after a failed step (node or database down), doubling up to 30 s; default 500 ms. */
  retryMs?: number | undefined;
  logger?: IndexerLogger | undefined;
  /** Called when this instance takes the lock and becomes the active indexer of the chain. */
  onActive?: (() => void) | undefined;
};

export type StartIndexerReturnType = { stop: () => Promise<void> };

const silent: IndexerLogger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Runs the indexer of the context's chain until stopped: takes the chain's Postgres advisory lock on a dedicated
 * connection (waiting as a standby while another instance holds it), backfills from the deployment's start
 * block, then follows the head. Failed steps are retried with backoff; losing the lock's connection sends the
 * instance back to standby.
 *
 * @example
 * const indexer = startIndexer(context, { logger: app.log });
 * await indexer.stop();
 */
export function startIndexer(context: AppContext, options: StartIndexerOptions = {}): StartIndexerReturnType {
  const client = options.client ?? context.chain;
  const settings = context.config.indexer;
  const confirmations = options.confirmations ?? settings.confirmations;
  const pollMs = options.pollMs ?? settings.pollMs;
  const maxRange = options.maxRange ?? settings.maxRange;
  const reorgWindow = options.reorgWindow ?? settings.reorgWindow;
  const standbyPollMs = options.standbyPollMs ?? 1_000;
  const retryMs = options.retryMs ?? 500;
  const logger = options.logger ?? silent;
  const stopping = new AbortController();
  const pause = (ms: number) => sleep(ms, stopping.signal);
  const backoff = (failures: number) => backoffDelay(failures, { baseMs: retryMs, maxMs: 30_000 });

  const run = async () => {
    const chainId = await retrying(() => client.getChainId(), "reading the chain id");
    if (chainId === undefined) return;
    const deployment = options.deployment ?? loadDeployment(chainId, context.config.deploymentsDir);
    const state: IndexerState = { range: maxRange };
    while (!stopping.signal.aborted) {
      let waiting = false;
      try {
        await holdAdvisoryLock({
          db: context.db,
          lock: [INDEXER_LOCK_CLASS, chainId],
          intervalMs: standbyPollMs,
          signal: stopping.signal,
          onStandby: () => {
            if (!waiting) logger.info({ chainId }, "indexer standing by: another instance holds the lock");
            waiting = true;
          },
          whileHeld: async (held, { pid }) => {
            const lock: IndexerLock = { chainId, pid };
            const pause = (ms: number) => sleep(ms, held);
            logger.info({ chainId, pid }, "indexer active");
            options.onActive?.();
            let failures = 0;
            while (!held.aborted) {
              try {
                const step = await indexOnce({
                  db: context.db,
                  client,
                  chainId,
                  deployment,
                  confirmations,
                  maxRange,
                  reorgWindow,
                  deepReorg: settings.deepReorg,
                  state,
                  lock,
                });
                deepReorgGauge.set({ chain_id: String(chainId) }, step.kind === "deepReorg" ? 1 : 0);
                if (step.kind === "deepReorg") {
                  // Nothing was changed: alert, and look again later (the node may return to the old fork).
                  failures += 1;
                  logger.error({ chainId, ...step, reorgWindow }, "reorg deeper than the kept block hashes");
                  await pause(backoff(failures));
                  continue;
                }
                failures = 0;
                if (step.kind === "indexed" && step.newLogs > 0)
                  logger.info({ chainId, from: step.from, to: step.to, logs: step.newLogs }, "indexed");
                if (step.kind === "reorg") logger.warn({ chainId, ...step }, "reorg rolled back");
                if (step.kind === "retry")
                  logger.warn({ chainId, reason: step.reason }, "indexer step retried");
                if (step.kind === "caughtUp") await pause(pollMs);
              } catch (error) {
                failures += 1;
                logger.error({ chainId, err: error }, "indexer step failed");
                await pause(backoff(failures));
              }
            }
          },
        });
      } catch (error) {
        logger.error({ err: error }, "indexer lost its database session");
        await pause(retryMs);
      }
    }
  };

  async function retrying<T>(work: () => Promise<T>, what: string): Promise<T | undefined> {
    for (let attempt = 0; !stopping.signal.aborted; attempt++) {
      try {
        return await work();
      } catch (error) {
        logger.error({ err: error }, `indexer failed ${what}`);
        await pause(backoff(attempt + 1));
      }
    }
    return undefined;
  }

  // A setting error (e.g. no deployment known for the chain) ends the loop; it is logged, not thrown at nobody.
  const running = run().catch((error: unknown) => logger.error({ err: error }, "indexer stopped"));
  return {
    stop: async () => {
      stopping.abort();
      await running;
    },
  };
}
