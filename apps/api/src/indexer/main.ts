/**
 * The indexer alone, as its own process: `tsx src/indexer/main.ts` with the API's environment (DATABASE_URL,
 * RPC_URL, INDEXER_*). Several can run; one is active per chain, the others stand by. Stops on SIGINT/SIGTERM.
 */
import { openDatabase } from "@tracemark/db";
import { pino } from "pino";
import { createChainClient } from "../chain/createChainClient.ts";
import { readConfig } from "../env.ts";
import { startIndexer } from "./startIndexer.ts";

const config = readConfig(process.env);
const logger = pino({ level: config.logLevel });
const db = await openDatabase(config.database);
const chain = createChainClient({ rpcUrls: config.rpcUrls, timeoutMs: config.rpcTimeoutMs });
const indexer = startIndexer(
  { config, db, chain },
  { logger, onActive: () => logger.info({ pid: process.pid }, "active") },
);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await indexer.stop();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
