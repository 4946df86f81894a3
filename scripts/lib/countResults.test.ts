import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { countResults } from "./countResults.ts";

const dir = mkdtempSync(join(tmpdir(), "tracemark-count-results-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What node's own test runner prints (spec reporter) for test files of these contents. */
function nodeTestOutput(files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = spawnSync(
    process.execPath,
    ["--test", "--test-reporter=spec", ...Object.keys(files).map((name) => join(dir, name))],
    // Run as a test file itself, node would report to this runner instead of printing.
    { encoding: "utf8", env: { ...process.env, NODE_TEST_CONTEXT: undefined } },
  );
  return run.stdout + run.stderr;
}

test("node's runner: passed and failed tests, nested or not", () => {
  const output = nodeTestOutput({
    "tests.test.mjs": `import { describe, test } from "node:test";
describe("s", () => {
  test("ok", () => {});
  test("bad", () => { throw new Error("x"); });
  describe("inner", () => { test("bad too", () => { throw new Error("y"); }); });
});
test("top", () => {});`,
  });
  assert.deepEqual(countResults(output), { passed: 2, failed: 2 });
});

test("node's runner: a suite whose after hook failed counts as a failure, though node counts none", () => {
  const output = nodeTestOutput({
    "hook.test.mjs": `import { after, describe, test } from "node:test";
describe("s", () => {
  test("ok", () => {});
  after(() => { throw new Error("closed twice"); });
});`,
  });
  assert.match(output, /^ℹ fail 0$/m, "node itself reports no failure");
  assert.deepEqual(countResults(output), { passed: 1, failed: 1 });
});

test("node's runner: a hook failure beside failed tests adds one", () => {
  const output = nodeTestOutput({
    "both.test.mjs": `import { before, describe, test } from "node:test";
describe("s", () => {
  before(() => { throw new Error("no database"); });
  test("never runs", () => {});
});
test("bad", () => { throw new Error("x"); });
test("ok", () => {});`,
  });
  const counts = countResults(output);
  assert.equal(counts.passed, 1);
  assert.ok(counts.failed >= 2, `${JSON.stringify(counts)}\n${output}`);
});

test("Playwright's and Mocha's closing lines", () => {
  assert.deepEqual(countResults("  1 failed\n    [with-api] › a.spec.ts:3:1 › x\n  55 passed (13.8m)\n"), {
    passed: 55,
    failed: 1,
  });
  assert.deepEqual(countResults("  64 passing (12s)\n"), { passed: 64, failed: 0 });
});
