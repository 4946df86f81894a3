import type { Logger } from "pino";
import { backoffDelay } from "../background/backoffDelay.ts";
import { sleep } from "../background/sleep.ts";
import { isRetryable } from "../errors/isRetryable.ts";

export type RetryUntilReadyParameters = {
  /** What is waited for, for the log: "the database (connect and migrate)". */
  what: string;
  logger: Logger;
  /** The first wait, doubled after each failed attempt up to `maxMs`. */
  firstMs: number;
  maxMs: number;
  /** Which errors are worth another attempt; others are thrown at once. Default: `isRetryable`. */
  retryable?: (error: unknown) => boolean;
};

/**
 * Runs `work` until it succeeds, waiting with exponential backoff between attempts and logging each
 * wait with its reason, so a process started while a dependency is down starts when it comes back
 * instead of exiting. An error that another attempt cannot get past is thrown at once.
 *
 * @example
 * const chainId = await retryUntilReady(() => chain.getChainId(), { what: "the chain node", logger, firstMs: 500, maxMs: 15_000 });
 */
export async function retryUntilReady<T>(
  work: () => Promise<T>,
  { what, logger, firstMs, maxMs, retryable = isRetryable }: RetryUntilReadyParameters,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await work();
      if (attempt > 1) logger.info({ attempts: attempt }, `${what} is ready`);
      return result;
    } catch (error) {
      if (!retryable(error)) throw error;
      const waitMs = backoffDelay(attempt, { baseMs: firstMs, maxMs });
      logger.warn(
        { attempt, reason: error instanceof Error ? error.message : String(error) },
        `waiting for ${what}: retrying in ${waitMs} ms`,
      );
      await sleep(waitMs);
    }
  }
}
