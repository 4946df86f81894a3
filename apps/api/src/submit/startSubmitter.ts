import type { LocalAccount } from "viem";
import { holdAdvisoryLock } from "../background/holdAdvisoryLock.ts";
import { sleep } from "../background/sleep.ts";
import { loadDeployment } from "../chain/loadDeployment.ts";
import { relayerAccount } from "../chain/relayerAccount.ts";
import type { AppContext } from "../context.ts";
import { broadcastQueued } from "./broadcastQueued.ts";
import { syncSignerNonce } from "./nonces.ts";
import { planBatches } from "./planBatches.ts";
import { planOutbox } from "./planOutbox.ts";
import { errorText } from "./signAndSend.ts";
import type { SubmitterContext } from "./submitterContext.ts";
import { trackTransactions } from "./trackTransactions.ts";

export type Submitter = { stop: () => Promise<void> };

/**
 * One round of the submitter: queue outbox work, cut batches, send what is queued, follow what
 * was sent. Each step commits its own work, so a crash anywhere loses nothing: the next round
 * (or the next process) carries on from the database. Returns whether it did anything.
 */
export async function submitOnce(ctx: SubmitterContext): Promise<boolean> {
  const planned = (await planOutbox(ctx)) + (await planBatches(ctx));
  const sent = await broadcastQueued(ctx);
  const receipts = await trackTransactions(ctx);
  return planned + sent + receipts > 0;
}

/**
 * The submitter context for the chain's deployment and the relayer: `account` when given (a keystore or a remote
 * signer, see `loadRelayerAccount`), else the configured private key.
 */
export async function createSubmitterContext(
  context: AppContext,
  log: SubmitterContext["log"],
  account?: LocalAccount,
): Promise<SubmitterContext> {
  const chainId = await context.chain.getChainId();
  return {
    db: context.db,
    chain: context.chain,
    chainId,
    deployment: loadDeployment(chainId, context.config.deploymentsDir),
    account: account ?? relayerAccount(chainId, context.config.submitter.relayerPrivateKey),
    config: context.config.submitter,
    log,
  };
}

/**
 * Runs the submitter until `stop()`: one active submitter per relayer key (an advisory lock; a
 * second process with the same key waits as a standby). Transient failures (node or database
 * down, rate limits) are retried with exponential backoff up to 5 s.
 */
export function startSubmitter(
  context: AppContext,
  log: SubmitterContext["log"],
  account?: LocalAccount,
): Submitter {
  const controller = new AbortController();
  const running = (async () => {
    let ctx: SubmitterContext | undefined;
    let backoffMs = context.config.submitter.pollMs;
    while (!controller.signal.aborted) {
      try {
        ctx ??= await createSubmitterContext(context, log, account);
        const ready = ctx;
        await holdAdvisoryLock({
          db: context.db,
          lock: `submitter:${ready.chainId}:${ready.account.address.toLowerCase()}`,
          intervalMs: 1_000,
          signal: controller.signal,
          onStandby: () => log.debug("submitter standing by: another process holds the relayer key"),
          whileHeld: async (held) => {
            await syncSignerNonce(ready);
            log.info({ signer: ready.account.address, chainId: ready.chainId }, "submitter active");
            while (!held.aborted) {
              const busy = await submitOnce(ready);
              backoffMs = ready.config.pollMs;
              if (!busy) await sleep(ready.config.pollMs, held);
            }
          },
        });
      } catch (error) {
        log.warn({ error: errorText(error), retryInMs: backoffMs }, "submitter round failed");
        await sleep(backoffMs, controller.signal);
        backoffMs = Math.min(backoffMs * 2, 5_000);
      }
    }
  })();
  return {
    stop: async () => {
      controller.abort();
      await running;
    },
  };
}
