import { sleep } from "./sleep.ts";

export type RepeatUntilStoppedOptions = {
  /** The pause when a round did no work, and after an error; default 1,000 ms. */
  pollMs?: number | undefined;
  /** Where a round's error goes (with `label`), unless `onError` takes it. */
  logger?: { error: (object: object, message: string) => void } | undefined;
  label?: string | undefined;
  onError?: ((error: unknown) => void) | undefined;
};

export type RepeatUntilStopped = {
  /** Ends the pause now, or skips the next one if a round is running, so new work is looked at at once. */
  wake: () => void;
  /** Stops: aborts the rounds' signal, ends the pause, and waits for the round under way. */
  stop: () => Promise<void>;
};

/**
 * Runs `once` until stopped: again at once while it did work (returned `true`), and every `pollMs`
 * otherwise or after an error. The loop of the capture workers, the webhook, mail and query
 * subscription deliverers.
 *
 * @example
 * const loop = repeatUntilStopped(async () => (await deliverWebhooksOnce({ db })).delivered > 0, { pollMs: 1_000 });
 * await loop.stop();
 */
export function repeatUntilStopped(
  once: (signal: AbortSignal) => Promise<boolean>,
  options: RepeatUntilStoppedOptions,
): RepeatUntilStopped {
  const stopping = new AbortController();
  let pause = new AbortController();
  // A wake that comes while a round runs is kept, so the work that prompted it is not left for the next poll.
  let woken = false;
  const rest = async () => {
    if (!woken) {
      pause = new AbortController();
      await sleep(options.pollMs ?? 1_000, AbortSignal.any([stopping.signal, pause.signal]));
    }
    woken = false;
  };
  const run = async () => {
    while (!stopping.signal.aborted) {
      try {
        if (!(await once(stopping.signal))) await rest();
      } catch (error) {
        if (options.onError) options.onError(error);
        else options.logger?.error({ err: error }, options.label ?? "background round failed");
        await rest();
      }
    }
  };
  const running = run();
  return {
    wake: () => {
      woken = true;
      pause.abort();
    },
    stop: async () => {
      stopping.abort();
      await running;
    },
  };
}
