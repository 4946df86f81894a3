import assert from "node:assert/strict";
import { test } from "node:test";
import { startProgress } from "./startProgress.ts";

/** Resolves once `lines` holds `count` lines (the reminders run on real timers). */
async function until(lines: string[], count: number): Promise<void> {
  while (lines.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

test("each step is printed when it starts and reminded while it runs, with the time since the start", async () => {
  let clock = 1_000_000;
  const lines: string[] = [];
  const progress = startProgress({ everyMs: 10, write: (line) => lines.push(line), now: () => clock });
  progress.step("Building @tracemark/contracts");
  assert.deepEqual(lines, ["[0 s] Building @tracemark/contracts…"]);

  clock += 12_400;
  await until(lines, 2);
  assert.equal(lines[1], "[12 s] Building @tracemark/contracts…");

  clock += 74_000;
  progress.step("Starting the API");
  assert.equal(lines.at(-1), "[86 s] Starting the API…");
  const count = lines.length;
  await until(lines, count + 1);
  assert.equal(lines.at(-1), "[86 s] Starting the API…");

  assert.equal(progress.done(), 86);
  const after = lines.length;
  // Many reminder periods later, nothing more was written.
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(lines.length, after);
});

test("nothing is reminded before the first step", async () => {
  const lines: string[] = [];
  const progress = startProgress({ everyMs: 5, write: (line) => lines.push(line) });
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(lines, []);
  progress.done();
});
