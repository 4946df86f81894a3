/** How a progress report writes and tells time (the console and the wall clock unless given). */
export type StartProgressParameters = {
  /** A reminder of the step running now, this often (default 5 s). */
  everyMs?: number;
  write?: (line: string) => void;
  now?: () => number;
};

export type StartProgressReturnType = {
  /** Starts the next step: prints it at once, then reminds of it every `everyMs`. */
  step: (label: string) => void;
  /** Time since the report began, in whole seconds. */
  seconds: () => number;
  /** Stops the reminders; returns the time since the report began, in whole seconds. */
  done: () => number;
};

/**
 * Reports a long start as it goes, so it is never silent: a line when each step starts and one
 * every few seconds while it runs, each with the time elapsed since the start.
 *
 * @example
 * const progress = startProgress();
 * progress.step("Building @tracemark/web"); // [0 s] Building @tracemark/web…
 * // …five seconds later:                    [5 s] Building @tracemark/web…
 * progress.done();
 */
export function startProgress({
  everyMs = 5_000,
  write = (line) => console.log(line),
  now = Date.now,
}: StartProgressParameters = {}): StartProgressReturnType {
  const startedAt = now();
  const seconds = () => Math.round((now() - startedAt) / 1000);
  let label: string | undefined;
  const remind = () => {
    if (label !== undefined) write(`[${seconds()} s] ${label}…`);
  };
  const timer = setInterval(remind, everyMs);
  // A reminder never keeps the process alive.
  timer.unref();
  return {
    step(next) {
      label = next;
      timer.refresh();
      remind();
    },
    seconds,
    done() {
      clearInterval(timer);
      label = undefined;
      return seconds();
    },
  };
}
