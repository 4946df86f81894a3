/**
 * Runs `once` until stopped: again at once while it did work, and every `pollMs` otherwise (or
 * after an error, which goes to `logger` with `label`). The loop of the webhook and query
 * subscription deliverers.
 *
 * @example
 * const loop = repeatUntilStopped(async () => (await deliverWebhooksOnce({ db })).delivered > 0, { pollMs: 1_000 });
 * await loop.stop();
 */
export function repeatUntilStopped(
  once: () => Promise<boolean>,
  options: { pollMs?: number; logger?: { error: (object: object, message: string) => void }; label: string },
): { stop: () => Promise<void> } {
  const stopping = new AbortController();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      stopping.signal.addEventListener("abort", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  const run = async () => {
    while (!stopping.signal.aborted) {
      try {
        if (!(await once())) await sleep(options.pollMs ?? 1_000);
      } catch (error) {
        options.logger?.error({ err: error }, options.label);
        await sleep(options.pollMs ?? 1_000);
      }
    }
  };
  const running = run();
  return {
    stop: async () => {
      stopping.abort();
      await running;
    },
  };
}
