/** What can stop an indexer step; `retryable` tells the loop whether trying again later can help. */
export class IndexerError extends Error {
  override name = "IndexerError";
  readonly retryable: boolean;
  readonly details: Record<string, unknown>;

  constructor(
    message: string,
    options: { details?: Record<string, unknown>; retryable: boolean; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.details = options.details ?? {};
    this.retryable = options.retryable;
  }
}

/** This process no longer holds the chain's advisory lock (its session dropped): another indexer may be active. */
export class LostIndexerLockError extends IndexerError {
  override name = "LostIndexerLockError";
  constructor(chainId: number) {
    super(`lost the indexer lock of chain ${chainId}`, { details: { chainId }, retryable: true });
  }
}

/** The checkpoint moved under us (another indexer wrote it): the step is dropped and read again. */
export class CheckpointMovedError extends IndexerError {
  override name = "CheckpointMovedError";
  constructor(chainId: number, expected: bigint, found: bigint | undefined) {
    super(`the checkpoint of chain ${chainId} moved from ${expected} to ${found ?? "none"}`, {
      details: { chainId, expected, found },
      retryable: true,
    });
  }
}

/**
 * Whether a failed `eth_getLogs` means "ask for less": a range or result-count limit, a body too large (413, or
 * an answer over the HTTP client's own size limit: viem refuses responses over 10 MB), or a timeout. Rate limits (429) and connection errors are not: they are retried with the same range.
 */
export function isRangeLimitError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      name?: string;
      status?: number;
      code?: number;
      message?: string;
      details?: string;
    };
    if (e.status === 429) return false;
    if (e.status === 413 || e.code === -32005) return true;
    if (e.name === "TimeoutError" || e.name === "ResponseBodyTooLargeError") return true;
    const text = `${e.message ?? ""} ${e.details ?? ""}`.toLowerCase();
    if (
      /block range|range (too (large|wide|big)|limit)|limited to (a )?[\d,]+ (block )?range|too many (results|logs|blocks)|more than [\d,]+ (results|logs)|response size|exceeds? (the )?(max|limit)|exceed maximum|query timeout|timed out|took too long/.test(
        text,
      )
    )
      return true;
    current = (e as { cause?: unknown }).cause;
  }
  return false;
}
