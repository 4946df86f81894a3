/**
 * The API service: one program, three roles (ROLES, default all three in one process):
 *   serve  — the REST API and the capture worker,
 *   submit — Postgres → chain (outbox and event batches → anchor transactions),
 *   index  — chain → Postgres (contract events, reorgs, finality) and webhook delivery.
 * A process without `serve` listens on PORT for `/health`, `/ready` and `/metrics` only.
 * Migrates the database on start. Stops cleanly on SIGINT/SIGTERM.
 */
import { migrate, openDatabase } from "@tracemark/db";
import { pino } from "pino";
import { buildApp } from "./app.ts";
import { buildProbeApp } from "./buildProbeApp.ts";
import { createChainClient } from "./chain/createChainClient.ts";
import { readConfig } from "./env.ts";
import { startQuerySubscriptionDeliverer } from "./epcis/startQuerySubscriptionDeliverer.ts";
import { startIndexer } from "./indexer/startIndexer.ts";
import { ensurePlatformAdmin } from "./services/auth/users.ts";
import { startCaptureWorker } from "./services/startCaptureWorker.ts";
import { startSubmitter } from "./submit/startSubmitter.ts";
import { startWebhookDeliverer } from "./webhooks/startWebhookDeliverer.ts";

const config = readConfig(process.env);
const log = pino({ level: config.logLevel });
const db = await openDatabase(config.database);
await migrate(db);
if (config.bootstrapAdmin)
  await ensurePlatformAdmin(db, config.bootstrapAdmin.email, config.bootstrapAdmin.password);
const chain = createChainClient({ rpcUrls: config.rpcUrls, timeoutMs: config.rpcTimeoutMs });
const context = { config, db, chain };

/** What to stop on shutdown, in order. */
const running: { name: string; stop: () => Promise<unknown> }[] = [];

if (config.roles.includes("serve")) {
  const captureWorker = startCaptureWorker(context, {
    onError: (err) => log.error({ err }, "capture worker round failed"),
  });
  const app = await buildApp({ ...context, captureAccepted: captureWorker.wake });
  running.push(
    { name: "api", stop: () => app.close() },
    { name: "capture worker", stop: captureWorker.stop },
  );
  await app.listen({ host: config.host, port: config.port });
} else {
  // The submit and index roles answer probes and scrapes only.
  const probes = await buildProbeApp(context);
  running.push({ name: "probes", stop: () => probes.close() });
  await probes.listen({ host: config.host, port: config.port });
}
if (config.roles.includes("submit")) {
  running.push({ name: "submitter", stop: startSubmitter(context, log.child({ role: "submit" })).stop });
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

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  for (const part of running)
    await part.stop().catch((err) => log.error({ err, part: part.name }, "stop failed"));
  await db.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));
