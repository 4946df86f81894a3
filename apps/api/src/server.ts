/**
 * The API service: one program, three roles (ROLES, default all three in one process):
 *   serve  — the REST API, the capture worker and the mail deliverer (outbox → SMTP_URL),
 *   submit — Postgres → chain (outbox and event batches → anchor transactions),
 *   index  — chain → Postgres (contract events, reorgs, finality) and webhook delivery.
 * A process without `serve` listens on PORT for `/health`, `/ready` and `/metrics` only.
 * Migrates the database on start, waiting (with backoff) while Postgres cannot be reached. Exits
 * when the node names another chain or deployment than the database records (`bindDatabaseToChain`);
 * the submitter and indexer start only once that is checked, the REST API serves meanwhile. Stops
 * cleanly on SIGINT/SIGTERM.
 */
import { type Database, migrate, openDatabase } from "@tracemark/db";
import { pino } from "pino";
import { buildApp } from "./app.ts";
import { buildProbeApp } from "./buildProbeApp.ts";
import { startCaptureWorker } from "./capture/startCaptureWorker.ts";
import { bindDatabaseToChain } from "./chain/bindDatabaseToChain.ts";
import { createChainClient } from "./chain/createChainClient.ts";
import { loadDeployment } from "./chain/loadDeployment.ts";
import { loadRelayerAccount } from "./chain/relayerAccount.ts";
import { readConfig } from "./env.ts";
import { startQuerySubscriptionDeliverer } from "./epcis/startQuerySubscriptionDeliverer.ts";
import { startIndexer } from "./indexer/startIndexer.ts";
import { startMailDeliverer } from "./mail/startMailDeliverer.ts";
import { ensurePlatformAdmin } from "./services/auth/users.ts";
import { retryUntilReady } from "./startup/retryUntilReady.ts";
import { startSubmitter } from "./submit/startSubmitter.ts";
import { startWebhookDeliverer } from "./webhooks/startWebhookDeliverer.ts";

const config = readConfig(process.env);
const log = pino({ level: config.logLevel });
const retry = { logger: log, firstMs: config.startRetry.firstMs, maxMs: config.startRetry.maxMs };

/** What to stop on shutdown, in order. */
const running: { name: string; stop: () => Promise<unknown> }[] = [];
let db: Database | undefined;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  for (const part of running)
    await part.stop().catch((err) => log.error({ err, part: part.name }, "stop failed"));
  await db?.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));

const chain = createChainClient({ rpcUrls: config.rpcUrls, timeoutMs: config.rpcTimeoutMs });
// A keystore the password does not open, or a remote signer that does not answer, stops the start here.
const relayer = config.roles.includes("submit")
  ? await loadRelayerAccount(config.submitter).catch(fail)
  : undefined;
try {
  db = await retryUntilReady(
    async () => {
      const opened = await openDatabase(config.database);
      try {
        await migrate(opened);
        return opened;
      } catch (error) {
        await opened.close().catch(() => undefined);
        throw error;
      }
    },
    { ...retry, what: "the database (connect and migrate)" },
  );
} catch (error) {
  await fail(error);
}
const opened = db as Database;
/**
 * The chain this database is bound to, checked once the node answers. The submitter and the
 * indexer, which write what the chain says, start only after; the REST API serves meanwhile (it
 * writes nothing the chain decides, and shoppers keep their pages while the node is down).
 */
const bound = (async () => {
  const chainId = await retryUntilReady(() => chain.getChainId(), {
    ...retry,
    what: `the chain node at ${config.rpcUrl} (its chain id)`,
    retryable: () => true,
  });
  const deployment = loadDeployment(chainId, config.deploymentsDir);
  await retryUntilReady(() => bindDatabaseToChain(opened, { chainId, deployment }), {
    ...retry,
    what: "the database (recording its chain)",
  });
})().catch(fail);

async function fail(error: unknown): Promise<never> {
  log.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  await db?.close().catch(() => undefined);
  process.exit(1);
}
if (config.bootstrapAdmin)
  await ensurePlatformAdmin(opened, config.bootstrapAdmin.email, config.bootstrapAdmin.password);
const context = { config, db: opened, chain };

if (config.roles.includes("serve")) {
  const captureWorker = startCaptureWorker(context, {
    onError: (err) => log.error({ err }, "capture worker round failed"),
  });
  const app = await buildApp({ ...context, captureAccepted: captureWorker.wake });
  const mailDeliverer = startMailDeliverer(context, {
    logger: log,
    warn: (message) => log.warn(message),
  });
  running.push(
    { name: "api", stop: () => app.close() },
    { name: "capture worker", stop: captureWorker.stop },
    { name: "mail deliverer", stop: mailDeliverer.stop },
  );
  await app.listen({ host: config.host, port: config.port });
} else {
  // The submit and index roles answer probes and scrapes only.
  const probes = await buildProbeApp(context);
  running.push({ name: "probes", stop: () => probes.close() });
  await probes.listen({ host: config.host, port: config.port });
}
if (config.roles.includes("submit") || config.roles.includes("index")) await bound;
if (config.roles.includes("submit")) {
  running.push({
    name: "submitter",
    stop: startSubmitter(context, log.child({ role: "submit" }), relayer).stop,
  });
}
if (config.roles.includes("index")) {
  const indexerLog = log.child({ role: "index" });
  running.push(
    { name: "indexer", stop: startIndexer(context, { logger: indexerLog }).stop },
    { name: "webhooks", stop: startWebhookDeliverer(context, { logger: indexerLog }).stop },
    {
      name: "query subscriptions",
      stop: startQuerySubscriptionDeliverer(context, { logger: indexerLog }).stop,
    },
  );
}
log.info({ roles: config.roles }, "tracemark api started");
