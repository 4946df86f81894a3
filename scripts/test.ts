/**
 * `npm test`: builds what the suites need, runs every suite in the repository one after another
 * (2-core machines), and ends with one line `N passed, N failed` summing them all.
 * Starts a private Postgres for the suites unless TEST_DATABASE_URL names one.
 */
import { spawn } from "node:child_process";
import { freePort, startPostgres } from "@tracemark/testkit";

const suites = [
  { name: "contracts", workspace: "@tracemark/contracts" },
  { name: "sdk", workspace: "@tracemark/sdk" },
  { name: "testkit", workspace: "@tracemark/testkit" },
  { name: "db", workspace: "@tracemark/db" },
  { name: "api", workspace: "@tracemark/api" },
  { name: "web", workspace: "@tracemark/web" },
];

type Counts = { passed: number; failed: number };

/** Reads the closing counts of node's test runner, Playwright and Mocha-style reporters. */
export function countResults(output: string): Counts {
  const sum = (pattern: RegExp) =>
    [...output.matchAll(pattern)].reduce((total, match) => total + Number(match[1]), 0);
  return {
    passed: sum(/^[ℹ#] pass (\d+)$/gm) + sum(/^\s*(\d+) (?:passed|passing)\b/gm),
    failed: sum(/^[ℹ#] fail (\d+)$/gm) + sum(/^\s*(\d+) (?:failed|failing)\b/gm),
  };
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on("data", relay(process.stdout));
    child.stderr.on("data", relay(process.stderr));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function main(): Promise<number> {
  const postgres = process.env.TEST_DATABASE_URL ? undefined : startPostgres(await freePort());
  const env = {
    ...process.env,
    TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? postgres?.url,
    FORCE_COLOR: "0",
  };
  const total: Counts = { passed: 0, failed: 0 };
  const lines: string[] = [];
  try {
    const build = await run("npx", ["turbo", "run", "build", "--output-logs=errors-only"], env);
    if (build.code !== 0) {
      lines.push("build: FAILED");
      total.failed += 1;
      return 1;
    }
    for (const suite of suites) {
      process.stdout.write(`\n━━ ${suite.name} ━━\n`);
      const { code, output } = await run("npm", ["test", "--workspace", suite.workspace], env);
      const counts = countResults(output);
      // A suite that crashed before reporting a failure still counts as one.
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      total.passed += counts.passed;
      total.failed += counts.failed;
      lines.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
    }
    return total.failed === 0 ? 0 : 1;
  } finally {
    postgres?.stop();
    process.stdout.write(`\n${lines.join("\n")}\n${total.passed} passed, ${total.failed} failed\n`);
  }
}

process.exitCode = await main();
