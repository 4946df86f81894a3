import { migrate, openDatabase } from "@tracemark/db";
import { createPublicClient, http } from "viem";
import { buildApp } from "./app.ts";
import { readConfig } from "./env.ts";
import { ensurePlatformAdmin } from "./services/auth/users.ts";
import { startCaptureWorker } from "./services/startCaptureWorker.ts";

const config = readConfig(process.env);
const db = await openDatabase(config.database);
await migrate(db);
if (config.bootstrapAdmin)
  await ensurePlatformAdmin(db, config.bootstrapAdmin.email, config.bootstrapAdmin.password);
const chain = createPublicClient({ transport: http(config.rpcUrl, { retryCount: 0 }) });
const app = await buildApp({ config, db, chain });
const captureWorker = startCaptureWorker(
  { config, db, chain },
  { onError: (err) => app.log.error({ err }, "capture worker round failed") },
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, "shutting down");
  await captureWorker.stop();
  await app.close();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

await app.listen({ host: config.host, port: config.port });
