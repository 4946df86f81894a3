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
  /** Set when the API is served over HTTPS, so the session cookie is sent only over HTTPS. */
  COOKIE_SECURE: z.stringbool().default(false),
  /** The hosts (host[:port]) whose Sign-In with Ethereum messages are accepted: the web app's. */
  SIWE_DOMAINS: z
    .string()
    .default("127.0.0.1:3000,localhost:3000")
    .transform((value) =>
      value
        .split(",")
        .map((domain) => domain.trim())
        .filter(Boolean),
    ),
  /** A platform administrator created on start when missing (first start of a deployment). */
  BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12).optional(),
  /** Requests per minute per client address to the public record routes (`/public/…`). */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  /** Requests per minute per client address to sign-in and sign-up routes. */
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  /** Development only: let webhooks target http://localhost / 127.0.0.1 (otherwise https only). */
  WEBHOOK_ALLOW_HTTP_LOCALHOST: z.stringbool().default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  host: string;
  port: number;
  database: { url: string } | { dataDir: string };
  rpcUrl: string;
  healthTimeoutMs: number;
  cookieSecure: boolean;
  siweDomains: string[];
  bootstrapAdmin: { email: string; password: string } | undefined;
  rateLimits: { publicPerMinute: number; authPerMinute: number };
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  webhookAllowHttpLocalhost: boolean;
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
  if (Boolean(vars.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(vars.BOOTSTRAP_ADMIN_PASSWORD)) {
    throw new Error(
      "Invalid API configuration:\n  BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD go together",
    );
  }
  return {
    host: vars.HOST,
    port: vars.PORT,
    database: vars.DATABASE_URL ? { url: vars.DATABASE_URL } : { dataDir: vars.DATA_DIR },
    rpcUrl: vars.RPC_URL,
    healthTimeoutMs: vars.HEALTH_TIMEOUT_MS,
    cookieSecure: vars.COOKIE_SECURE,
    siweDomains: vars.SIWE_DOMAINS,
    bootstrapAdmin:
      vars.BOOTSTRAP_ADMIN_EMAIL && vars.BOOTSTRAP_ADMIN_PASSWORD
        ? { email: vars.BOOTSTRAP_ADMIN_EMAIL, password: vars.BOOTSTRAP_ADMIN_PASSWORD }
        : undefined,
    rateLimits: { publicPerMinute: vars.PUBLIC_RATE_LIMIT, authPerMinute: vars.AUTH_RATE_LIMIT },
    logLevel: vars.LOG_LEVEL,
    webhookAllowHttpLocalhost: vars.WEBHOOK_ALLOW_HTTP_LOCALHOST,
  };
}
