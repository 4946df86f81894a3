/**
 * The pause after the `failures`-th failure in a row: `baseMs`, doubling each time, at most `maxMs`.
 *
 * @example
 * backoffDelay(3, { baseMs: 500, maxMs: 30_000 }) // 2000
 */
export function backoffDelay(failures: number, { baseMs, maxMs }: { baseMs: number; maxMs: number }): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30));
}
