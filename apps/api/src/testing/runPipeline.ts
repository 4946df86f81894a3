import { startIndexer } from "../indexer/startIndexer.ts";
import { startSubmitter } from "../submit/startSubmitter.ts";
import type { TestApp } from "./buildTestApp.ts";

const silent = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * Runs the submitter (batching every 200 ms) and the indexer (one confirmation) of a test app with
 * contracts, as the embedded server does; returns what stops both.
 *
 * @example
 * const stop = runPipeline(t); … await stop();
 */
export function runPipeline(t: TestApp): () => Promise<void> {
  const config = {
    ...t.context.config,
    submitter: { ...t.context.config.submitter, batchWindowMs: 200, pollMs: 50 },
  };
  const context = { ...t.context, config };
  const submitter = startSubmitter(context, silent);
  const indexer = startIndexer(context, { deployment: t.deployment, confirmations: 1, pollMs: 100 });
  return async () => {
    await Promise.all([submitter.stop(), indexer.stop()]);
  };
}
