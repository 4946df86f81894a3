/**
 * `npm start`: the whole system on embedded defaults, with no set-up.
 *   - a local EVM node (anvil, chain id 31337) whose state is kept in .data/chain/,
 *   - the contracts deployed to it (once; addresses in deployments/31337/),
 *   - the API on the embedded PGlite database in .data/db/ (migrated on start),
 *   - the web app.
 * Prints the URLs; Ctrl-C stops everything. `--dev` runs the web app in development mode.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { anvilBinary } from "@tracemark/testkit";
import { z } from "zod";
import { deployContracts } from "./deploy-contracts.ts";
import { demoAccounts, demoProduct, demoRecall, seedDemo } from "./lib/seedDemo.ts";
import { type Service, startService, stopService, waitForHttp } from "./lib/services.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dev = process.argv.includes("--dev");

const env = z
  .object({
    CHAIN_PORT: z.coerce.number().int().positive().default(8545),
    API_PORT: z.coerce.number().int().positive().default(4000),
    WEB_PORT: z.coerce.number().int().positive().default(3000),
    DATA_DIR: z.string().default(`${root}.data`),
  })
  .parse(process.env);

const services: Service[] = [];
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

async function main(): Promise<void> {
  const chainDir = `${env.DATA_DIR}/chain`;
  mkdirSync(chainDir, { recursive: true });
  const rpcUrl = `http://127.0.0.1:${env.CHAIN_PORT}`;
  const apiUrl = `http://127.0.0.1:${env.API_PORT}`;
  const webUrl = `http://127.0.0.1:${env.WEB_PORT}`;

  console.log(dev ? "Preparing (generate, compile)…" : "Building (cached after the first run)…");
  const build = startService(
    "build",
    "npx",
    ["turbo", "run", "build", "--output-logs=errors-only", ...(dev ? ["--filter=!@tracemark/web"] : [])],
    { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" },
  );
  services.push(build);
  const buildCode = await new Promise<number | null>((resolve) => build.child.once("exit", resolve));
  services.splice(services.indexOf(build), 1);
  if (buildCode !== 0) throw new Error("the build failed (see above)");

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
  await deployContracts({ rpcUrl, deploymentsDir });

  // The web server vouches for each visitor's address to the API with it (sign-in limits per visitor).
  const webForwardedSecret = randomBytes(32).toString("base64url");
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
    // The local demo: dev chain, PGlite and dev keys, even when the shell says NODE_ENV=production.
    TRACEMARK_MODE: "development",
    LOG_LEVEL: "warn",
  });
  const web = run(
    "web",
    "npx",
    ["next", dev ? "dev" : "start", "apps/web", "-p", String(env.WEB_PORT), "-H", "127.0.0.1"],
    {
      API_URL: apiUrl,
      WEB_FORWARDED_SECRET: webForwardedSecret,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  );
  await waitForHttp(`${apiUrl}/health`, { timeoutMs: 60_000, service: api });
  await waitForHttp(webUrl, { timeoutMs: 120_000, service: web });
  if (await seedDemo(apiUrl)) console.log("Demo data created.");

  console.log(`
Tracemark is running.
  Web app     ${webUrl}
  API         ${apiUrl}   (docs: ${apiUrl}/docs, health: ${apiUrl}/health)
  EVM node    ${rpcUrl}   (chain id 31337)
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
