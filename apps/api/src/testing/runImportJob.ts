/**
 * An import started alone in a process of its own, as an API process starts it, for tests that kill
 * that process (`node --import tsx src/testing/runImportJob.ts <organisation id> <gtin>`): a products file of
 * that one GTIN into that organisation, configured from the environment. It prints the job's id once the job exists.
 */
import { openDatabase } from "@tracemark/db";
import { readConfig } from "../env.ts";
import { startImport } from "../import/startImport.ts";
import { csvOf } from "./importFixtures.ts";

const [organizationId, gtin] = process.argv.slice(2) as [string, string];
const config = readConfig(process.env);
const db = await openDatabase(config.database);
const { job } = await startImport(db, {
  organizationId,
  kind: "products",
  format: "csv",
  content: Buffer.from(csvOf(["gtin", "name"], [[gtin, "Stranded product"]])),
  createMissing: false,
  maxRows: 10,
  onFault: (error) => console.error(error),
});
console.log(job.id);
