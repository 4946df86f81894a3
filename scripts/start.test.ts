import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { freePort } from "@tracemark/testkit";
import { demoProduct } from "./lib/seedDemo.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "tracemark-start-"));
after(() => rmSync(dataDir, { recursive: true, force: true }));

type Ports = {
  CHAIN_PORT: string;
  API_PORT: string;
  WEB_PORT: string;
  MAIL_PORT: string;
  MAIL_VIEW_PORT: string;
};

async function freePorts(): Promise<Ports> {
  return {
    CHAIN_PORT: String(await freePort()),
    API_PORT: String(await freePort()),
    WEB_PORT: String(await freePort()),
    MAIL_PORT: String(await freePort()),
    MAIL_VIEW_PORT: String(await freePort()),
  };
}

/** `npm start` as a person runs it, in its own process group like a terminal's foreground job. */
function npmStart(ports: Ports): { child: ChildProcess; ready: Promise<void>; output: () => string } {
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, ...ports, DATA_DIR: dataDir },
    detached: true,
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Press Ctrl-C to stop.")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)),
    );
  });
  return { child, ready, output: () => output };
}

/** Ctrl-C: SIGINT to the whole foreground process group. Resolves when npm has exited. */
function pressCtrlC(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    if (child.pid) process.kill(-child.pid, "SIGINT");
  });
}

async function listening(port: string): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

async function rpc(port: string, method: string, params: unknown[] = []) {
  const response = await fetch(`http://127.0.0.1:${port}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return ((await response.json()) as { result: string }).result;
}

test("npm start serves everything, Ctrl-C stops it all, and a restart keeps the data", {
  timeout: 600_000,
}, async () => {
  const ports = await freePorts();
  assert.deepEqual(
    Object.values(ports).filter((port) => ["8545", "4000", "3000"].includes(port)),
    [],
    "none of the default ports",
  );
  const api = `http://127.0.0.1:${ports.API_PORT}`;

  const first = npmStart(ports);
  // A failed check must not leave npm start running (its process group outlives this test).
  after(() => {
    if (first.child.exitCode === null && first.child.signalCode === null && first.child.pid)
      process.kill(-first.child.pid, "SIGINT");
  });
  await first.ready;
  const output = first.output();
  assert.match(output, /^\[0 s\] Building/m, "the build is reported as it starts");
  assert.match(output, /^Tracemark is running \(ready in \d+ s\)\.$/m);
  const webStarts = output.indexOf("Starting the web app…");
  assert.ok(output.indexOf("Starting the API…") < webStarts, "the API starts first");
  assert.ok(webStarts > 0 && webStarts < output.indexOf("[web]"), "the web app starts once the API is ready");
  assert.doesNotMatch(output, /API health check/, "the web app never found the API down");
  const health = (await (await fetch(`${api}/health`)).json()) as { status: string };
  assert.equal(health.status, "ok");
  assert.equal((await fetch(`http://127.0.0.1:${ports.WEB_PORT}/`)).status, 200);
  const login = await fetch(`http://127.0.0.1:${ports.WEB_PORT}/login`, { redirect: "manual" });
  assert.equal(login.status, 308);
  assert.equal(login.headers.get("location"), "/signin");
  const record = (await (
    await fetch(`${api}/public/01/${demoProduct.gtin}/10/${demoProduct.lot}`)
  ).json()) as {
    display: { product: { name: string }; journey: { location: { name: string } | null }[] };
  };
  const landing = await (await fetch(`http://127.0.0.1:${ports.WEB_PORT}/`)).text();
  assert.ok(landing.includes(record.display.product.name), "the landing page's example is the demo lot");
  const places = record.display.journey.flatMap((step) => (step.location ? [step.location.name] : []));
  assert.ok(places.length > 0);
  for (const place of places) assert.ok(landing.includes(place), `the landing page's example shows ${place}`);
  await verifyInChromium(
    `http://127.0.0.1:${ports.WEB_PORT}/01/${demoProduct.gtin}/10/${demoProduct.lot}`,
    ports.CHAIN_PORT,
  );
  const signup = await fetch(`${api}/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "kept@example.test", password: "a long password" }),
  });
  assert.equal(signup.status, 202);
  const mails = async () =>
    (await (await fetch(`http://127.0.0.1:${ports.MAIL_VIEW_PORT}/messages`)).json()) as {
      to: string[];
      subject: string;
    }[];
  while (!(await mails()).some((m) => m.to.includes("kept@example.test")))
    await new Promise((resolve) => setTimeout(resolve, 200));
  assert.ok(
    (await mails()).some((m) => m.to.includes("kept@example.test") && m.subject.includes("Verify")),
    "the verification mail reached the sink",
  );
  const blockBefore = BigInt(await rpc(ports.CHAIN_PORT, "eth_blockNumber"));

  await pressCtrlC(first.child);
  for (const port of Object.values(ports))
    assert.equal(await listening(port), false, `port ${port} is free again`);

  const second = npmStart(ports);
  try {
    await second.ready;
    const login = await fetch(`${api}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "kept@example.test", password: "a long password" }),
    });
    assert.equal(login.status, 200, "the account made before the restart still signs in");
    assert.ok(
      BigInt(await rpc(ports.CHAIN_PORT, "eth_blockNumber")) >= blockBefore,
      "the chain kept its blocks",
    );
  } finally {
    await pressCtrlC(second.child);
  }
  for (const port of Object.values(ports))
    assert.equal(await listening(port), false, `port ${port} is free again`);
});

/**
 * A shopper's Verify in Chromium on the demo lot's public page, once its steps are sealed: the
 * browser reaches the chain at the URL npm start gave the web app (CHAIN_PORT), not 8545.
 */
async function verifyInChromium(url: string, chainPort: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    const chainCalls: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && /^http:\/\/127\.0\.0\.1:\d+\/?$/.test(request.url()))
        chainCalls.push(new URL(request.url()).port);
    });
    await page.goto(url);
    const deadline = Date.now() + 120_000;
    while ((await page.getByText("Sealing…").count()) > 0 || (await page.getByText("Sealed").count()) === 0) {
      assert.ok(Date.now() < deadline, "the demo lot's steps were sealed");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await page.reload();
    }
    await page.getByRole("button", { name: "Verify" }).click();
    const summary = page.getByTestId("verify-summary");
    await summary.waitFor({ timeout: 60_000 });
    assert.match((await summary.textContent()) ?? "", /Verified: all \d+ steps match the blockchain/);
    assert.ok(chainCalls.length > 0, "the browser asked the chain");
    assert.deepEqual(
      new Set(chainCalls),
      new Set([chainPort]),
      "the browser asked the chain at CHAIN_PORT only",
    );
  } finally {
    await browser.close();
  }
}

test("a busy port stops npm start before anything starts, naming the variable that changes it", {
  timeout: 600_000,
}, async () => {
  const ports = await freePorts();
  const squatter = createServer();
  await new Promise<void>((resolve) => squatter.listen(Number(ports.API_PORT), "127.0.0.1", resolve));
  try {
    const start = npmStart(ports);
    start.ready.catch(() => undefined);
    const [code] = (await once(start.child, "exit")) as [number | null];
    assert.notEqual(code, 0);
    assert.match(start.output(), new RegExp(`Port ${ports.API_PORT} \\(API_PORT\\) is already in use`));
    assert.doesNotMatch(start.output(), /Building/, "nothing was built or started");
    assert.equal(await listening(ports.CHAIN_PORT), false, "no chain was started");
  } finally {
    squatter.close();
  }
});
