/**
 * `npm test`: builds what the suites need, runs every suite in the repository one after another
 * (2-core machines), and ends with one line `N passed, N failed` summing them all.
 * Starts a private Postgres for the suites unless TEST_DATABASE_URL names one.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { freePort, startPostgres } from "@tracemark/testkit";
import { type Counts, countResults } from "./lib/countResults.ts";

const workspaceTests = (workspace: string) => ["npm", ["test", "--workspace", workspace]] as const;
const suites = [
  { name: "contracts", command: workspaceTests("@tracemark/contracts") },
  { name: "sdk", command: workspaceTests("@tracemark/sdk") },
  { name: "testkit", command: workspaceTests("@tracemark/testkit") },
  { name: "db", command: workspaceTests("@tracemark/db") },
  { name: "api", command: workspaceTests("@tracemark/api") },
  { name: "web", command: workspaceTests("@tracemark/web") },
  // Chain 8453 with Base's canonical EAS: deploy script, API roles as processes, the same web build.
  {
    name: "rehearsal",
    command: ["npm", ["run", "test:rehearsal", "--workspace", "@tracemark/web"]] as const,
  },
  // The launchers' own logic (ports, progress, waiting), the package scripts, the .env examples,
  // the container and Kubernetes descriptions, the SDK's ownership of the domain rules, and the docs
  // (links inside the repository, every configuration variable in the README).
  {
    name: "scripts",
    command: [
      "node",
      [
        "--import",
        "tsx",
        "--test",
        "--test-reporter=spec",
        "scripts/lib/*.test.ts",
        "scripts/packageScripts.test.ts",
        "scripts/firstStart.test.ts",
        "scripts/envExamples.test.ts",
        "scripts/domainRules.test.ts",
        "scripts/apiTypes.test.ts",
        "scripts/docs.test.ts",
        "deploy/*.test.ts",
      ],
    ] as const,
  },
  // npm start as a person runs it: start, Ctrl-C, restart with the data kept.
  {
    name: "system",
    command: [
      "node",
      ["--import", "tsx", "--test", "--test-reporter=spec", "scripts/start.test.ts"],
    ] as const,
  },
];

/** The suite running now, in its own process group, stopped with us on Ctrl-C. */
let current: ChildProcess | undefined;
let cancelled = false;

/**
 * A suite still running after this long is stopped and counted as failed, so CI can never hang.
 * The suites run without `--test-force-exit`: that flag lets a test process exit once the tests it
 * knows of are done, and under load it dropped a whole file's results without a failure (nodejs/node
 * #64833). A test that leaves a handle open hangs its suite instead, which this limit turns into a
 * failure.
 */
const SUITE_TIME_LIMIT_MS = 30 * 60 * 1000;

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    current = child;
    const limit = setTimeout(() => {
      output += `\n${command} ${args.join(" ")} ran past ${SUITE_TIME_LIMIT_MS / 60_000} minutes and was stopped.\n`;
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, SUITE_TIME_LIMIT_MS);
    let output = "";
    const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on("data", relay(process.stdout));
    child.stderr.on("data", relay(process.stderr));
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

async function main(): Promise<number> {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      cancelled = true;
      if (current?.pid) process.kill(-current.pid, "SIGKILL");
    });
  }
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
      if (cancelled) break;
      process.stdout.write(`\n━━ ${suite.name} ━━\n`);
      const [command, args] = suite.command;
      const { code, output } = await run(command, [...args], env);
      const counts = countResults(output);
      // A suite that crashed before reporting a failure still counts as one.
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      total.passed += counts.passed;
      total.failed += counts.failed;
      lines.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
    }
    return total.failed === 0 && !cancelled ? 0 : 1;
  } finally {
    postgres?.stop();
    process.stdout.write(`\n${lines.join("\n")}\n${total.passed} passed, ${total.failed} failed\n`);
  }
}

process.exitCode = await main();
