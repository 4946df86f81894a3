/**
 * `npm start`: the whole system on embedded defaults, with no set-up.
 *   - a local EVM node (anvil, chain id 31337) whose state is kept in .data/chain/,
 *   - the contracts deployed to it (once; addresses in deployments/31337/),
 *   - the API on the embedded PGlite database in .data/db/ (migrated on start),
 *   - a local SMTP sink (MAIL_PORT) that keeps the mail the API sends (nothing leaves the machine),
 *     shown at the web app's /dev/mail (its JSON on MAIL_VIEW_PORT),
 *   - the web app.
 * Checks its ports before anything starts, reports each step with the time elapsed, starts the web
 * app only once the API is ready, and prints the URLs; Ctrl-C stops everything. `--dev` runs the
 * web app in development mode.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { anvilBinary, type MailSink, startMailSink } from "@tracemark/testkit";
import { z } from "zod";
import { deployContracts } from "./deploy-contracts.ts";
import { checkPorts } from "./lib/checkPorts.ts";
import { demoAccounts, demoProduct, demoRecall, seedDemo } from "./lib/seedDemo.ts";
import { type Service, startService, stopService, waitForHttp } from "./lib/services.ts";
import { startProgress } from "./lib/startProgress.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dev = process.argv.includes("--dev");

const env = z
  .object({
    CHAIN_PORT: z.coerce.number().int().positive().default(8545),
    API_PORT: z.coerce.number().int().positive().default(4000),
    WEB_PORT: z.coerce.number().int().positive().default(3000),
    /** The local SMTP sink the API sends mail to. */
    MAIL_PORT: z.coerce.number().int().positive().default(2525),
    /** The sink's mail as JSON, which the web app's /dev/mail page shows. */
    MAIL_VIEW_PORT: z.coerce.number().int().positive().default(2526),
    DATA_DIR: z.string().default(`${root}.data`),
  })
  .parse(process.env);

const services: Service[] = [];
/** The mail sink runs in this process: stopped after the services. */
let mailSink: MailSink | undefined;
let stopping = false;

/**
 * Stops every service, newest first (web app and API before the chain, so the node saves its
 * state last), then exits. Ctrl-C often arrives twice (the terminal signals the whole process
 * group, and npm passes it on): a stop already under way is not cut short by another signal.
 */
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping Tracemark…");
  for (const service of services.toReversed()) await stopService(service);
  await mailSink?.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stopAll(0));

function run(name: string, command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Service {
  const service = startService(name, command, args, { ...process.env, ...extraEnv });
  service.child.once("exit", (code) => {
    if (!stopping) {
      console.error(`[${name}] exited unexpectedly (code ${code}); stopping everything.`);
      void stopAll(1);
    }
  });
  services.push(service);
  return service;
}

/** A turbo task starting to run (not replayed from the cache), e.g. `@tracemark/web:build: cache miss, executing 1f2e…`. */
const turboTaskStarted = /^(\S+):build: cache miss, executing/;

async function main(): Promise<void> {
  // Before anything starts: a busy port is named with the variable that changes it.
  await checkPorts({
    ports: {
      CHAIN_PORT: env.CHAIN_PORT,
      API_PORT: env.API_PORT,
      WEB_PORT: env.WEB_PORT,
      MAIL_PORT: env.MAIL_PORT,
      MAIL_VIEW_PORT: env.MAIL_VIEW_PORT,
    },
  });
  const chainDir = `${env.DATA_DIR}/chain`;
  mkdirSync(chainDir, { recursive: true });
  const rpcUrl = `http://127.0.0.1:${env.CHAIN_PORT}`;
  const apiUrl = `http://127.0.0.1:${env.API_PORT}`;
  const webUrl = `http://127.0.0.1:${env.WEB_PORT}`;

  const progress = startProgress();
  progress.step(
    dev
      ? "Preparing (generate, compile)"
      : "Building (cached after the first run; the first takes a minute or two)",
  );
  // Turbo's own lines name each package as it starts building; the rest is shown only if it fails.
  const buildLog: string[] = [];
  const build = startService(
    "build",
    "npx",
    ["turbo", "run", "build", "--output-logs=new-only", ...(dev ? ["--filter=!@tracemark/web"] : [])],
    { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" },
    (line) => {
      buildLog.push(line);
      const task = turboTaskStarted.exec(line);
      if (task) progress.step(`Building ${task[1]}`);
    },
  );
  services.push(build);
  const buildCode = await new Promise<number | null>((resolve) => build.child.once("close", resolve));
  services.splice(services.indexOf(build), 1);
  if (buildCode !== 0) {
    for (const line of buildLog) console.error(`[build] ${line}`);
    throw new Error("the build failed (see above)");
  }

  progress.step("Starting the EVM node");
  const chain = run("chain", anvilBinary(), [
    "--host",
    "127.0.0.1",
    "--port",
    String(env.CHAIN_PORT),
    "--state",
    `${chainDir}/state.json`,
    "--state-interval",
    "5",
    "--block-time",
    "1",
    "--silent",
  ]);
  await waitForHttp(rpcUrl, {
    timeoutMs: 30_000,
    service: chain,
    init: {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}',
    },
  });
  // The local chain's addresses go with its state in DATA_DIR (the committed deployments/31337 is
  // the deterministic reference; its block numbers differ on a chain that mines every second).
  const deploymentsDir = `${env.DATA_DIR}/deployments`;
  progress.step("Deploying the contracts");
  await deployContracts({ rpcUrl, deploymentsDir });

  progress.step("Starting the mail sink");
  const mail = await startMailSink({ smtpPort: env.MAIL_PORT, httpPort: env.MAIL_VIEW_PORT });
  mailSink = mail;

  // The web server vouches for each visitor's address to the API with it (sign-in limits per visitor).
  const webForwardedSecret = randomBytes(32).toString("base64url");
  progress.step("Starting the API");
  const api = run("api", "npx", ["tsx", "apps/api/src/server.ts"], {
    PORT: String(env.API_PORT),
    RPC_URL: rpcUrl,
    DATA_DIR: `${env.DATA_DIR}/db`,
    DEPLOYMENTS_DIR: deploymentsDir,
    BOOTSTRAP_ADMIN_EMAIL: demoAccounts.admin.email,
    BOOTSTRAP_ADMIN_PASSWORD: demoAccounts.admin.password,
    SIWE_DOMAINS: `127.0.0.1:${env.WEB_PORT},localhost:${env.WEB_PORT}`,
    WEB_FORWARDED_SECRET: webForwardedSecret,
    WEBHOOK_ALLOW_HTTP_LOCALHOST: "true",
    SMTP_URL: mail.smtpUrl,
    WEB_URL: webUrl,
    // The local demo: dev chain, PGlite and dev keys, even when the shell says NODE_ENV=production.
    TRACEMARK_MODE: "development",
    LOG_LEVEL: "warn",
  });
  // The web app starts once the API accepts traffic, so it never reports the API as down meanwhile.
  await waitForHttp(`${apiUrl}/ready`, { timeoutMs: 120_000, service: api });
  progress.step("Starting the web app");
  const web = run(
    "web",
    "npx",
    ["next", dev ? "dev" : "start", "apps/web", "-p", String(env.WEB_PORT), "-H", "127.0.0.1"],
    {
      API_URL: apiUrl,
      // Browsers verify against this chain's URL, whatever CHAIN_PORT is.
      BROWSER_RPC_URL: rpcUrl,
      WEB_FORWARDED_SECRET: webForwardedSecret,
      // Development only: the /dev/mail page shows the sink's mail.
      MAIL_SINK_URL: mail.httpUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  );
  await waitForHttp(webUrl, { timeoutMs: 120_000, service: web });
  progress.step("Loading the demo data");
  const verifyEmail = async (email: string) => {
    const verification = await mail.waitForMail({ to: email, subject: "Verify your email" });
    const link = verification.links.find((url) => new URL(url).pathname === "/verify-email");
    return link ? (new URL(link).searchParams.get("token") ?? "") : "";
  };
  if (await seedDemo(apiUrl, verifyEmail)) console.log("Demo data created.");
  const seconds = progress.done();

  console.log(`
Tracemark is running (ready in ${seconds} s).
  Web app     ${webUrl}
  API         ${apiUrl}   (docs: /docs, OpenAPI: /docs/json, /health, /ready, /metrics)
  EVM node    ${rpcUrl}   (chain id 31337)
  Mail        ${webUrl}/dev/mail   (what the API sent; SMTP sink ${mail.smtpUrl})
  Data        ${env.DATA_DIR}

Try it:
  Consumer page       ${webUrl}/01/${demoProduct.gtin}/10/${demoProduct.lot}
  Recalled input      ${webUrl}/01/${demoRecall.derived.gtin}/10/${demoRecall.derived.lot}
  Grower (supplier)   ${demoAccounts.grower.email} / ${demoAccounts.grower.password}
  Distributor         ${demoAccounts.distributor.email} / ${demoAccounts.distributor.password}
  Platform admin      ${demoAccounts.admin.email} / ${demoAccounts.admin.password}
Press Ctrl-C to stop.`);
}

main().catch((error: Error) => {
  console.error(`Tracemark could not start: ${error.message}`);
  void stopAll(1);
});
