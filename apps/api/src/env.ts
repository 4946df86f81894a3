import { fileURLToPath } from "node:url";
import { z } from "zod";

const defaultDataDir = fileURLToPath(new URL("../../../.data/db", import.meta.url));

const envSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** A Postgres server; when unset, the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(defaultDataDir),
  RPC_URL: z.url({ protocol: /^https?$/ }).default("http://127.0.0.1:8545"),
  /** How long a health probe of the database or the chain may take before it counts as down. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().positive().default(2_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  host: string;
  port: number;
  database: { url: string } | { dataDir: string };
  rpcUrl: string;
  healthTimeoutMs: number;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
};

/**
 * Reads and validates the API's configuration from the environment, once, at the entry point.
 * Throws an error naming every bad variable.
 *
 * @example
 * const config = readConfig(process.env);
 */
export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid API configuration:\n${problems.join("\n")}`);
  }
  const vars = parsed.data;
  return {
    host: vars.HOST,
    port: vars.PORT,
    database: vars.DATABASE_URL ? { url: vars.DATABASE_URL } : { dataDir: vars.DATA_DIR },
    rpcUrl: vars.RPC_URL,
    healthTimeoutMs: vars.HEALTH_TIMEOUT_MS,
    logLevel: vars.LOG_LEVEL,
  };
}
