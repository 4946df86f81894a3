import assert from "node:assert/strict";
import { test } from "node:test";
import { backoffDelay } from "./backoffDelay.ts";
import { repeatUntilStopped } from "./repeatUntilStopped.ts";

test("backoffDelay doubles from its base up to its cap", () => {
  const steps = [1, 2, 3, 4, 5, 6, 7, 60].map((failures) =>
    backoffDelay(failures, { baseMs: 500, maxMs: 30_000 }),
  );
  assert.deepEqual(steps, [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  assert.equal(backoffDelay(0, { baseMs: 500, maxMs: 30_000 }), 500);
});

test("a loop runs again at once while busy, rests when idle until woken, reports errors, and stops", async () => {
  const errors: unknown[] = [];
  let rounds = 0;
  let reached: (() => void) | undefined;
  const roundReached = (n: number) =>
    new Promise<void>((resolve) => {
      reached = () => rounds >= n && resolve();
      reached();
    });
  const loop = repeatUntilStopped(
    async () => {
      rounds += 1;
      reached?.();
      if (rounds === 3) throw new Error("database down");
      return rounds < 3; // busy twice, then an error, then idle
    },
    { pollMs: 3_600_000, onError: (error) => errors.push(error) },
  );
  await roundReached(3); // rounds 1 and 2 were busy: no pause between them; round 3 failed and rests
  loop.wake();
  await roundReached(4); // woken out of an hour's pause
  assert.deepEqual(
    errors.map((e) => (e as Error).message),
    ["database down"],
  );
  let signalled: AbortSignal | undefined;
  const second = repeatUntilStopped(
    async (signal) => {
      signalled = signal;
      return false;
    },
    { pollMs: 3_600_000 },
  );
  await loop.stop();
  await second.stop(); // stopping ends an hour's pause at once
  assert.equal(signalled?.aborted, true);
});
