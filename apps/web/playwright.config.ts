import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromium } from "./e2e/browser";
import { apiEntry, e2eStack, platformAdmin, repoRoot, webDir } from "./e2e/stack";

const { ports, dataDir } = await e2eStack();
const local = (port: number) => `http://127.0.0.1:${port}`;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const bin = (name: string) => path.join(repoRoot, "node_modules/.bin", name);

// As `npm start` does: each web server vouches for its visitors' addresses to its API.
const webForwardedSecret = "e2e: the web servers and APIs share this secret";

/** `next start` of the app as `next build` left it: this suite never builds. */
function web(port: number, apiPort: number, rpcPort = ports.closed) {
  const mailSinkUrl: Record<string, string> =
    apiPort === ports.closed ? {} : { MAIL_SINK_URL: local(ports.mailView) };
  return {
    name: `web:${port}`,
    command: `"${process.execPath}" "${nextBin}" start --hostname 127.0.0.1 --port ${port}`,
    cwd: webDir,
    url: `${local(port)}/api/health`,
    env: {
      API_URL: local(apiPort),
      BROWSER_RPC_URL: local(rpcPort),
      WEB_FORWARDED_SECRET: webForwardedSecret,
      // The sent mail at /dev/mail, as under `npm start`.
      ...mailSinkUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    timeout: 60_000,
  };
}

/**
 * The real API (`apps/api`) on embedded Postgres in its own data folder. Ready once it listens:
 * its `/health` answers 503 on purpose when its node is down.
 */
function api(port: number, rpcPort: number, name: string, webPort: number) {
  return {
    name,
    // A DATABASE_URL in the caller's environment would point the API at that Postgres instead.
    command: `env -u DATABASE_URL "${bin("tsx")}" "${apiEntry}"`,
    cwd: repoRoot,
    port,
    env: {
      PORT: String(port),
      DATA_DIR: path.join(dataDir, name),
      RPC_URL: local(rpcPort),
      LOG_LEVEL: "warn",
      // Wallet sign-in messages name the web app's host; the platform admin admits organisations.
      SIWE_DOMAINS: `127.0.0.1:${webPort}`,
      WEB_FORWARDED_SECRET: webForwardedSecret,
      // Mail (verification, invitations, password reset) to the sink; its links open this API's web app.
      SMTP_URL: `smtp://127.0.0.1:${ports.mailSmtp}`,
      WEB_URL: local(webPort),
      MAIL_POLL_MS: "200",
      BOOTSTRAP_ADMIN_EMAIL: platformAdmin.email,
      BOOTSTRAP_ADMIN_PASSWORD: platformAdmin.password,
      // Long enough for a test's steps, recorded a second apart, to share one Merkle batch.
      BATCH_WINDOW_MS: "10000",
      INDEXER_POLL_MS: "200",
      // Webhook journeys deliver to a receiver the test starts on loopback.
      WEBHOOK_ALLOW_HTTP_LOCALHOST: "true",
    },
    timeout: 120_000,
    // The main API's warnings and errors (a 500's stack) show in the runner's output.
    stdout: name === "api" ? ("pipe" as const) : ("ignore" as const),
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  };
}

const apiStack = [
  {
    name: "mail",
    command: `"${bin("tsx")}" "${path.join(webDir, "e2e/mailSink.ts")}" ${ports.mailSmtp} ${ports.mailView}`,
    cwd: repoRoot,
    url: `${local(ports.mailView)}/messages`,
    timeout: 30_000,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
  },
  {
    // anvil with the contracts deployed at the addresses of deployments/31337.
    name: "chain",
    command: `"${bin("tsx")}" "${path.join(webDir, "e2e/chain.ts")}" ${ports.anvil}`,
    cwd: repoRoot,
    port: ports.anvil,
    timeout: 180_000,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  },
  api(ports.api, ports.anvil, "api", ports.webWithApi),
  web(ports.webWithApi, ports.api, ports.anvil),
  api(ports.apiChainDown, ports.closed, "api-chain-down", ports.webChainDown),
  web(ports.webChainDown, ports.apiChainDown),
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores run the API, the node, Postgres, Next and Chromium together: 5 s was too short for a
  // page that answers after a server action under load (sign-up failed so, twice, on a busy machine).
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: chromium,
  projects: [
    { name: "without-api", testDir: "e2e/without-api", use: { baseURL: local(ports.webWithoutApi) } },
    { name: "with-api", testDir: "e2e/with-api", use: { baseURL: local(ports.webWithApi) } },
    { name: "chain-down", testDir: "e2e/chain-down", use: { baseURL: local(ports.webChainDown) } },
  ],
  webServer: [web(ports.webWithoutApi, ports.closed), ...apiStack],
});
