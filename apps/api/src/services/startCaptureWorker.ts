import type { AppContext } from "../context.ts";
import { processPendingCaptures } from "./processPendingCaptures.ts";

export type StartCaptureWorkerParameters = {
  /** Told about a round that failed (e.g. the database is down); the worker carries on. */
  onError?: ((error: unknown) => void) | undefined;
};
export type CaptureWorker = {
  /** Stops polling and waits for the capture in hand to finish. */
  stop: () => Promise<void>;
};

/**
 * Runs `processPendingCaptures` in the background of an API process: whenever it finds nothing to
 * do, it waits `config.capture.pollMs` before looking again. Any number of API instances may run
 * one; captures accepted before a crash are processed after the restart.
 *
 * @example
 * const worker = startCaptureWorker(context, { onError: (err) => app.log.error({ err }, "capture worker") });
 * await worker.stop();
 */
export function startCaptureWorker(
  context: AppContext,
  { onError }: StartCaptureWorkerParameters = {},
): CaptureWorker {
  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      try {
        // One capture per round, so that stop() waits for one capture at most.
        if ((await processPendingCaptures(context, { limit: 1 })) > 0) continue;
      } catch (error) {
        onError?.(error);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, context.config.capture.pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
