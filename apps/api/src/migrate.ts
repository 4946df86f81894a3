/**
 * Applies the committed migrations (`prisma/migrations/`) to DATABASE_URL and exits: the one-off
 * step of a deployment (compose's `migrate` service, the Kubernetes migration Job) before the roles
 * start. The roles also migrate on start, under the same advisory lock, so running it is safe twice.
 */
import { migrate, openDatabase } from "@tracemark/db";
import { pino } from "pino";
import { readConfig } from "./env.ts";

const config = readConfig(process.env);
const log = pino({ level: config.logLevel });
const db = await openDatabase(config.database);
try {
  const result = await migrate(db);
  log.info({ result }, "migrations applied");
} finally {
  await db.close();
}
