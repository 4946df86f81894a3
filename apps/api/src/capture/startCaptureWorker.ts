import { repeatUntilStopped } from "../background/repeatUntilStopped.ts";
import type { AppContext } from "../context.ts";
import { processPendingCaptures } from "./processPendingCaptures.ts";

export type StartCaptureWorkerParameters = {
  /** Told about a round that failed (e.g. the database is down); the worker carries on. */
  onError?: ((error: unknown) => void) | undefined;
};
export type CaptureWorker = {
  /** Looks for accepted captures now rather than at the next poll (call it after accepting one). */
  wake: () => void;
  /** Stops polling and waits for the captures in hand to finish (one whose storing is being retried is handed back). */
  stop: () => Promise<void>;
};

/**
 * Runs `processPendingCaptures` in the background of an API process, in `config.capture.workers`
 * loops, so that one capture is validated and hashed while another is written. A loop that finds
 * nothing to do waits `config.capture.pollMs`, or until `wake()`, before looking again. Any number
 * of API instances may run one; captures accepted before a crash are processed after the restart.
 *
 * @example
 * const worker = startCaptureWorker(context, { onError: (err) => app.log.error({ err }, "capture worker") });
 * worker.wake();
 * await worker.stop();
 */
export function startCaptureWorker(
  context: AppContext,
  { onError }: StartCaptureWorkerParameters = {},
): CaptureWorker {
  const loops = Array.from({ length: context.config.capture.workers }, () =>
    repeatUntilStopped(
      // One capture per round, so that stop() waits for one capture at most.
      async (signal) => (await processPendingCaptures(context, { limit: 1, signal })) > 0,
      { pollMs: context.config.capture.pollMs, onError: (error) => onError?.(error) },
    ),
  );
  return {
    wake: () => {
      for (const loop of loops) loop.wake();
    },
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}
