import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { generatePrivateKey } from "viem/accounts";
import { chromium } from "./e2e/browser";
import { apiEntry, freePorts, platformAdmin, repoRoot, type Stack, webDir } from "./e2e/stack";

/**
 * The real-network rehearsal, offline: chain 8453 (Base) with EAS at its canonical addresses, our
 * contracts deployed by the deploy script, the API as three processes (serve, submit, index) on one
 * Postgres, and the same `next build` as the other e2e projects, all configured by environment only.
 * `npx playwright test -c playwright.rehearsal.config.ts`.
 */
type Rehearsal = Stack & {
  postgres: number;
  ready: number;
  submit: number;
  index: number;
  key: `0x${string}`;
};

const variable = "TRACEMARK_E2E_REHEARSAL";
async function rehearsal(): Promise<Rehearsal> {
  const inherited = process.env[variable];
  if (inherited) return JSON.parse(inherited) as Rehearsal;
  const dataDir = path.join(webDir, ".e2e-rehearsal");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const [closed, web, api, anvil, postgres, ready, submit, index, mailSmtp, mailView] = (await freePorts(
    10,
  )) as [number, number, number, number, number, number, number, number, number, number];
  const ports = {
    closed,
    webWithoutApi: closed,
    webWithApi: web,
    api,
    anvil,
    webChainDown: closed,
    apiChainDown: closed,
    mailSmtp,
    mailView,
  } as Stack["ports"];
  const stack: Rehearsal = { ports, dataDir, postgres, ready, submit, index, key: generatePrivateKey() };
  process.env[variable] = JSON.stringify(stack);
  // The journeys' helpers (admin API, chain URL) find this stack as they find the default one.
  process.env.TRACEMARK_E2E_STACK = JSON.stringify({ ports, dataDir });
  return stack as Rehearsal;
}

const stack = await rehearsal();
const { ports } = stack;
const local = (port: number) => `http://127.0.0.1:${port}`;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
const webForwardedSecret = "rehearsal: the web server and the API share this secret";

/** One API role as its own process, configured as an operator would on Base. */
function api(role: "serve" | "submit" | "index", port: number) {
  return {
    name: `api:${role}`,
    command: `"${tsx}" "${apiEntry}"`,
    cwd: repoRoot,
    port,
    env: {
      ROLES: role,
      PORT: String(port),
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${stack.postgres}/postgres`,
      RPC_URL: local(ports.anvil),
      DEPLOYMENTS_DIR: path.join(stack.dataDir, "deployments"),
      RELAYER_PRIVATE_KEY: stack.key,
      LOG_LEVEL: "warn",
      SIWE_DOMAINS: `127.0.0.1:${ports.webWithApi}`,
      WEB_FORWARDED_SECRET: webForwardedSecret,
      BOOTSTRAP_ADMIN_EMAIL: platformAdmin.email,
      BOOTSTRAP_ADMIN_PASSWORD: platformAdmin.password,
      // Sign-up verifies its email: mail to the sink, its links opening this web app.
      SMTP_URL: `smtp://127.0.0.1:${ports.mailSmtp}`,
      WEB_URL: local(ports.webWithApi),
      MAIL_POLL_MS: "200",
      BATCH_WINDOW_MS: "10000",
      INDEXER_POLL_MS: "200",
      INDEXER_CONFIRMATIONS: "1",
    },
    timeout: 120_000,
    stdout: role === "serve" ? ("pipe" as const) : ("ignore" as const),
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  };
}

export default defineConfig({
  testDir: "e2e/rehearsal",
  outputDir: "test-results/rehearsal",
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  use: chromium,
  projects: [{ name: "rehearsal-8453", testDir: "e2e/rehearsal", use: { baseURL: local(ports.webWithApi) } }],
  webServer: [
    {
      name: "mail",
      command: `"${tsx}" "${path.join(webDir, "e2e/mailSink.ts")}" ${ports.mailSmtp} ${ports.mailView}`,
      cwd: repoRoot,
      url: `${local(ports.mailView)}/messages`,
      timeout: 30_000,
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
    },
    {
      name: "chain-8453",
      command: `"${tsx}" "${path.join(webDir, "e2e/rehearsalChain.ts")}" ${ports.anvil} ${stack.postgres} ${stack.ready} "${stack.dataDir}" ${stack.key}`,
      cwd: webDir,
      url: `${local(stack.ready)}/`,
      timeout: 240_000,
      gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
    },
    api("serve", ports.api),
    api("submit", stack.submit),
    api("index", stack.index),
    {
      name: "web",
      command: `"${process.execPath}" "${nextBin}" start --hostname 127.0.0.1 --port ${ports.webWithApi}`,
      cwd: webDir,
      url: `${local(ports.webWithApi)}/api/health`,
      env: {
        API_URL: local(ports.api),
        BROWSER_RPC_URL: local(ports.anvil),
        WEB_FORWARDED_SECRET: webForwardedSecret,
        MAIL_SINK_URL: local(ports.mailView),
        NEXT_TELEMETRY_DISABLED: "1",
      },
      timeout: 60_000,
    },
  ],
});
