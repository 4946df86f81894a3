export type Counts = { passed: number; failed: number };

/**
 * Reads the closing counts of node's test runner, Playwright and Mocha-style reporters. Node's
 * runner counts tests only: a suite whose `before` or `after` hook failed adds nothing to `fail` and
 * the process still exits 0 (Node 22), but the suite is listed under "✖ failing tests:", so each
 * one listed there without a failed test to account for it counts as one failure.
 */
export function countResults(output: string): Counts {
  const sum = (pattern: RegExp) =>
    [...output.matchAll(pattern)].reduce((total, match) => total + Number(match[1]), 0);
  const failed = sum(/^[ℹ#] fail (\d+)$/gm) + sum(/^\s*(\d+) (?:failed|failing)\b/gm);
  const listedFailures = [...output.matchAll(/^✖ failing tests:\n([\s\S]*?)(?=^[ℹ#] |(?![\s\S]))/gm)]
    .flatMap((match) => (match[1] ?? "").split("\n"))
    .filter((line) => /^✖ /.test(line)).length;
  return {
    passed: sum(/^[ℹ#] pass (\d+)$/gm) + sum(/^\s*(\d+) (?:passed|passing)\b/gm),
    failed: Math.max(failed, listedFailures),
  };
}
