import { startIndexer } from "../indexer/startIndexer.ts";
import { startSubmitter } from "../submit/startSubmitter.ts";
import type { TestApp } from "./buildTestApp.ts";
import { silentLogger } from "./pipelineFixtures.ts";

/**
 * Runs the submitter and the indexer of a test app built with contracts, quickly (a batch every
 * 200 ms, one confirmation); returns how to stop them.
 *
 * @example
 * const stop = startPipeline(await buildTestApp({}, { contracts: true }));
 */
export function startPipeline(t: TestApp): () => Promise<void> {
  const config = {
    ...t.context.config,
    submitter: { ...t.context.config.submitter, batchWindowMs: 200, pollMs: 50 },
  };
  const context = { ...t.context, config };
  const submitter = startSubmitter(context, silentLogger);
  const indexer = startIndexer(context, { deployment: t.deployment, confirmations: 1, pollMs: 100 });
  return async () => {
    await Promise.all([submitter.stop(), indexer.stop()]);
  };
}

/**
 * Polls `check` every 200 ms until it holds, for at most a minute (then throws naming `what`).
 *
 * @example
 * await waitUntil("the events to be anchored", async () => (await record()).events.every((e) => e.anchor));
 */
export async function waitUntil(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
