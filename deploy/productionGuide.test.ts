/**
 * docs/production.md's "First run, step by step", run as written: its `sh` blocks, in order, in one shell, from
 * the repository root, with the variables the guide asks for pointing at a fresh Postgres database and an anvil
 * started with a chain id of its own (not 31337, so no dev default applies). The guide and this test cannot drift:
 * the commands are read from the guide.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { freePort, startAnvil } from "@tracemark/testkit";
import pg from "pg";

const root = fileURLToPath(new URL("..", import.meta.url));
/** Anvil's first dev account: funded on any chain id anvil is started with. */
const ANVIL_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

/** The `sh` blocks of one section of a Markdown file, in order. */
function shellBlocksOf(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `the section "${heading}"`);
  const rest = markdown.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n## /) >= 0 ? rest.search(/\n## /) : undefined);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

test("the production guide's first run, as written: migrations, deploy to a chain of its own, each role, probes, backup and restore", {
  timeout: 600_000,
}, async () => {
  const blocks = shellBlocksOf(
    readFileSync(join(root, "docs/production.md"), "utf8"),
    "## First run, step by step",
  );
  assert.ok(blocks.length >= 5, "the guide's steps are sh blocks");
  const serverUrl = process.env.TEST_DATABASE_URL;
  assert.ok(serverUrl, "TEST_DATABASE_URL: a Postgres server whose user may create databases");
  const chainId = 40_000 + Math.floor(Math.random() * 10_000);
  const anvil = await startAnvil({ args: ["--chain-id", String(chainId)] });
  const runDir = mkdtempSync(join(tmpdir(), "tracemark-guide-"));
  const dbName = `tracemark_guide_${process.pid}_${Date.now()}`;
  const journal = join(root, "ignition/deployments", `chain-${chainId}`);
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const env = {
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !/^(DATABASE_URL|RELAYER_|ROLES|PORT|TRACEMARK_MODE)/.test(name),
      ),
    ),
    PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}`,
    POSTGRES_URL: admin.toString(),
    DB_NAME: dbName,
    RPC_URL: anvil.rpcUrl,
    DEPLOYER_PRIVATE_KEY: ANVIL_KEY,
    RELAYER_PRIVATE_KEY: ANVIL_KEY,
    RUN_DIR: runDir,
    DEPLOYMENTS_DIR: join(runDir, "deployments"),
    SERVE_PORT: String(await freePort()),
    SUBMIT_PORT: String(await freePort()),
    INDEX_PORT: String(await freePort()),
  };
  let stdout = "";
  let stderr = "";
  try {
    const status = await new Promise<number | null>((resolve) => {
      const shell = spawn("bash", ["-c", `set -euo pipefail\n${blocks.join("\n")}`], { cwd: root, env });
      shell.stdout.on("data", (chunk) => {
        stdout += chunk;
      });
      shell.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      shell.once("exit", resolve);
    });
    const logs = readdirSync(runDir)
      .filter((name) => name.endsWith(".log"))
      .map((name) => `--- ${name}\n${readFileSync(join(runDir, name), "utf8").slice(-3_000)}`)
      .join("\n");
    assert.equal(status, 0, `the guide's commands failed:\n${stderr.slice(-4_000)}\n${logs}`);
    const deployment = JSON.parse(readFileSync(join(runDir, "deployment.json"), "utf8"));
    assert.equal(deployment.chainId, chainId);
    assert.ok(existsSync(join(runDir, "deployments", String(chainId), "addresses.json")));
    assert.match(stdout, new RegExp(`"chainId":${chainId}`), "GET /deployment names the chain");
    assert.match(stdout, /^tracemark_\w+/m, "the submit process's /metrics");
    assert.match(readFileSync(join(runDir, "submit.log"), "utf8"), /"msg":"submitter active"/);
  } finally {
    for (const name of readdirSync(runDir).filter((file) => file.endsWith(".pid"))) {
      const pid = Number(readFileSync(join(runDir, name), "utf8"));
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    for (const name of [dbName, `${dbName}_restored`])
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
    rmSync(runDir, { recursive: true, force: true });
    rmSync(journal, { recursive: true, force: true });
    await anvil.stop();
  }
});
