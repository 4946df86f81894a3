/**
 * A capture worker alone in a process of its own, configured from the environment like an API process, for
 * tests that kill it (`node --import tsx src/testing/runCaptureWorker.ts`). It prints `ready` once running.
 */
import { openDatabase } from "@tracemark/db";
import type { PublicClient } from "viem";
import { startCaptureWorker } from "../capture/startCaptureWorker.ts";
import { readConfig } from "../env.ts";

const config = readConfig(process.env);
const db = await openDatabase(config.database);
// Storing captures never calls the chain.
startCaptureWorker({ config, db, chain: undefined as unknown as PublicClient });
console.log("ready");
