import { fileURLToPath } from "node:url";
import { z } from "zod";
import { findProductionProblems } from "./findProductionProblems.ts";
import { defaultReorgWindow } from "./indexer/finalize.ts";

const defaultDataDir = fileURLToPath(new URL("../../../.data/db", import.meta.url));
/** The repository's `deployments/`, where scripts/deploy-contracts.ts writes by default. */
export const defaultDeploymentsDir = fileURLToPath(new URL("../../../deployments", import.meta.url));

/** A comma-separated setting's entries, trimmed, empty ones left out. */
const commaList = (value: string) =>
  value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);

const envSchema = z.object({
  /**
   * `production` refuses to start with any missing or unsafe setting (all are listed); `development` allows
   * the local defaults. Default: production when NODE_ENV=production, else development.
   */
  TRACEMARK_MODE: z.enum(["production", "development"]).optional(),
  NODE_ENV: z.string().optional(),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** A Postgres server; when unset, the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(defaultDataDir),
  /**
   * The chain's JSON-RPC endpoint, or several of the same chain, comma-separated, in order of
   * preference: a call one fails goes to the next (viem `fallback`).
   */
  RPC_URL: z
    .string()
    .default("http://127.0.0.1:8545")
    .transform(commaList)
    .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1)),
  /** Where `<chainId>/addresses.json` deployment files are read from (scripts/deploy-contracts.ts writes them). */
  DEPLOYMENTS_DIR: z.string().min(1).default(defaultDeploymentsDir),
  /** How long this process reuses a public record it built (0: never). Recalls declared here clear it at once. */
  /** How long one JSON-RPC call may take before it counts as failed (and is retried by its caller). */
  RPC_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * At start, while the database or the chain cannot be reached: the first wait before trying again,
   * doubled after each attempt up to START_RETRY_MAX_MS. The process keeps waiting, never exits for it.
   */
  START_RETRY_MS: z.coerce.number().int().positive().default(500),
  START_RETRY_MAX_MS: z.coerce.number().int().positive().default(15_000),
  /** How long a health probe of the database or the chain may take before it counts as down. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().positive().default(2_000),
  /** Set when the API is served over HTTPS, so the session cookie is sent only over HTTPS. */
  COOKIE_SECURE: z.stringbool().default(false),
  /** The hosts (host[:port]) whose Sign-In with Ethereum messages are accepted: the web app's. */
  SIWE_DOMAINS: z.string().default("127.0.0.1:3000,localhost:3000").transform(commaList),
  /**
   * The web app's origins (scheme://host[:port], comma-separated): the only other origins whose
   * browsers may write with a session cookie (CSRF). Default: each SIWE_DOMAINS host, over https
   * when COOKIE_SECURE is set, else http.
   */
  WEB_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value === undefined ? undefined : commaList(value)))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin)).optional()),
  /**
   * A secret shared with the web server (at least 32 characters): with it the web server vouches
   * for its visitor's address (`X-Tracemark-Client`), so sign-in limits count each visitor, not the
   * web server. Unset: that header is ignored.
   */
  WEB_FORWARDED_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * The SMTP server mail is sent through (invitations, email verification, password reset), e.g.
   * `smtps://user:password@smtp.example.com:465` or `smtp://127.0.0.1:2525` (`npm start` runs a
   * local sink). Unset (development only): mail waits in the outbox, unsent.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of every mail, e.g. `Tracemark <no-reply@tracemark.example>`. */
  MAIL_FROM: z.string().trim().min(3).default("Tracemark <no-reply@tracemark.localhost>"),
  /** How often the mail deliverer looks for mail to send (and retries failed ones) when idle. */
  MAIL_POLL_MS: z.coerce.number().int().positive().default(1_000),
  /** The web app's public URL, which links in mail open. Default: the first of WEB_ORIGINS. */
  WEB_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  /** A platform administrator created on start when missing (first start); an existing non-admin account with this email stops the start. */
  BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12).optional(),
  /** Which roles this process runs: serve (HTTP API), submit (Postgres → chain), index (chain → Postgres). */
  ROLES: z
    .string()
    .default("serve,submit,index")
    .transform((value) => value.split(",").map((role) => role.trim()))
    .pipe(z.array(z.enum(["serve", "submit", "index"])).min(1)),
  /** The key the submitter signs with (registrar and writer). Defaults to the first dev account on chain 31337 only. */
  RELAYER_PRIVATE_KEY: z
    .string()
    .regex(/^0x[0-9a-fA-F]{64}$/, "must be a 0x-prefixed 32-byte hex key")
    .optional(),
  /**
   * Instead of RELAYER_PRIVATE_KEY: an encrypted keystore (Web3 Secret Storage v3 JSON, as geth, Clef and
   * `cast wallet` write) and a file holding its password.
   */
  RELAYER_KEYSTORE_PATH: z.string().min(1).optional(),
  RELAYER_KEYSTORE_PASSWORD_FILE: z.string().min(1).optional(),
  /**
   * Instead of a key in this process: an external signer's JSON-RPC URL (`eth_signTransaction`: Web3Signer, geth in
   * front of Clef) and the relayer's address it holds.
   */
  RELAYER_REMOTE_SIGNER_URL: z.url({ protocol: /^https?$/ }).optional(),
  RELAYER_ADDRESS: z
    .string()
    .regex(/^0x[0-9a-fA-F]{40}$/, "must be a 0x-prefixed 20-byte address")
    .optional(),
  /** A batch is anchored when it has this many events, or when its oldest event waited BATCH_WINDOW_MS. */
  BATCH_MAX_EVENTS: z.coerce.number().int().min(1).max(100_000).default(2_000),
  BATCH_WINDOW_MS: z.coerce.number().int().min(0).default(1_000),
  SUBMIT_POLL_MS: z.coerce.number().int().min(10).default(200),
  /** A sent transaction without a receipt after this long is replaced with at least 10% higher fees. */
  TX_REPLACE_AFTER_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** The largest document (attachment) upload accepted, in bytes (default 20 MiB). */
  DOCUMENT_MAX_BYTES: z.coerce.number().int().positive().default(20_971_520),
  /** The largest EPCIS capture document accepted, in bytes (default 64 MiB; 10,000 events are about 10 MB). */
  CAPTURE_MAX_BYTES: z.coerce.number().int().positive().default(67_108_864),
  /** The most events one EPCIS capture document may hold (the binding's `GS1-EPCIS-Capture-Limit`). */
  CAPTURE_MAX_EVENTS: z.coerce.number().int().positive().default(10_000),
  /**
   * How long a capture worker keeps retrying a claimed capture through a database outage before handing it on. A
   * worker that dies is not waited for: on Postgres its claim is a session lock that dies with it, and another
   * instance takes the capture over at its next poll (on PGlite, one process, after this lease).
   */
  CAPTURE_LEASE_MS: z.coerce.number().int().positive().default(120_000),
  /** How often the capture worker looks for accepted captures when idle. */
  CAPTURE_POLL_MS: z.coerce.number().int().positive().default(500),
  /**
   * How many captures one API process stores at once (default 2): while one waits for Postgres,
   * another is validated and hashed. Captures are independent; any number of instances share them.
   */
  CAPTURE_WORKERS: z.coerce.number().int().positive().default(2),
  /**
   * How many imports one API process runs at once, in all and per organisation; more are refused with 429
   * until one ends. Each running import holds two database connections (of the process's 10).
   */
  IMPORT_MAX_RUNNING: z.coerce.number().int().positive().default(2),
  IMPORT_MAX_RUNNING_PER_ORGANIZATION: z.coerce.number().int().positive().default(1),
  /** Development only: let webhooks target loopback, over http too (otherwise https to public addresses only). */
  WEBHOOK_ALLOW_HTTP_LOCALHOST: z.stringbool().default(false),
  /** Requests per minute per client address to the public record routes (`/public/…`). */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  /**
   * Behind a reverse proxy: the proxies whose X-Forwarded-For gives the client address (for rate
   * limits and logs), as Fastify's `trustProxy`: `true` (all), a hop count, or comma-separated
   * addresses and CIDR ranges. Unset: none, so every client behind a proxy shares its address.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((value): boolean | number | string[] => {
      if (!value || value === "false") return false;
      if (value === "true") return true;
      if (/^\d+$/.test(value)) return Number(value);
      return value.split(",").map((entry) => entry.trim());
    }),
  /** Requests per minute per client address to sign-in and sign-up routes. */
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Blocks on top of a log's block before the indexer calls it final. */
  INDEXER_CONFIRMATIONS: z.coerce.number().int().min(0).default(2),
  /** How often the indexer polls the node for new blocks once it has caught up. */
  INDEXER_POLL_MS: z.coerce.number().int().positive().default(500),
  /** The widest `eth_getLogs` block range the indexer asks for (it shrinks it when the node refuses). */
  INDEXER_MAX_RANGE: z.coerce.number().int().positive().default(2_000),
  /**
   * Blocks below the finality floor (INDEXER_CONFIRMATIONS) whose hashes the indexer keeps, so a reorg that deep
   * finds its common ancestor and only the fork is read again.
   */
  INDEXER_REORG_WINDOW: z.coerce.number().int().min(0).default(defaultReorgWindow),
  /**
   * A reorg deeper than every kept hash: `halt` changes nothing, logs an error and sets
   * `tracemark_indexer_deep_reorg` to 1 until the node is back on the old fork; `reread` rolls back to the
   * deployment's start block and reads the whole chain again (set it once, after checking the node).
   */
  INDEXER_DEEP_REORG: z.enum(["halt", "reread"]).default("halt"),
});

export type Config = {
  mode: "production" | "development";
  host: string;
  port: number;
  database: { url: string } | { dataDir: string };
  /** The first of `rpcUrls`. */
  rpcUrl: string;
  /** Every JSON-RPC endpoint of the chain, in order of preference. */
  rpcUrls: string[];
  rpcTimeoutMs: number;
  deploymentsDir: string;
  healthTimeoutMs: number;
  cookieSecure: boolean;
  siweDomains: string[];
  /** Origins (besides the API's own) whose browsers may send cookie-authenticated writes. */
  webOrigins: string[];
  webForwardedSecret: string | undefined;
  /** Outgoing mail: the SMTP server (none: mail waits in the outbox), the sender, and where links in mail open. */
  mail: { smtpUrl: string | undefined; from: string; pollMs: number; webUrl: string };
  bootstrapAdmin: { email: string; password: string } | undefined;
  roles: ("serve" | "submit" | "index")[];
  submitter: {
    relayerPrivateKey: `0x${string}` | undefined;
    /** The relayer's key in an encrypted keystore file (RELAYER_KEYSTORE_PATH). */
    relayerKeystore: { path: string; passwordFile: string } | undefined;
    /** The relayer's key in an external signer (RELAYER_REMOTE_SIGNER_URL). */
    relayerRemoteSigner: { url: string; address: `0x${string}` } | undefined;
    batchMaxEvents: number;
    batchWindowMs: number;
    pollMs: number;
    replaceAfterMs: number;
  };
  documentMaxBytes: number;
  capture: { maxBytes: number; maxEvents: number; leaseMs: number; pollMs: number; workers: number };
  imports: { running: number; runningPerOrganization: number };
  rateLimits: { publicPerMinute: number; authPerMinute: number };
  trustProxy: boolean | number | string[];
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  startRetry: { firstMs: number; maxMs: number };
  webhookAllowHttpLocalhost: boolean;
  indexer: {
    confirmations: number;
    pollMs: number;
    maxRange: number;
    reorgWindow: number;
    deepReorg: "halt" | "reread";
  };
};

/**
 * Reads and validates the API's configuration from the environment, once, at the entry point.
 * Throws an error naming every bad variable.
 *
 * @example
 * const config = readConfig(process.env);
 */
export function readConfig(env: Record<string, string | undefined>): Config {
  // An empty value (`NAME=` in an env file copied from .env.example) means unset, as in dotenv.
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")),
  );
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
  const relayerProblem = findRelayerProblem(vars);
  if (relayerProblem) throw new Error(`Invalid API configuration:\n  ${relayerProblem}`);
  const webOrigins =
    vars.WEB_ORIGINS ??
    vars.SIWE_DOMAINS.map((domain) => `${vars.COOKIE_SECURE ? "https" : "http"}://${domain}`);
  const config: Omit<Config, "mode"> = {
    host: vars.HOST,
    port: vars.PORT,
    database: vars.DATABASE_URL ? { url: vars.DATABASE_URL } : { dataDir: vars.DATA_DIR },
    rpcUrl: vars.RPC_URL[0] as string,
    rpcUrls: vars.RPC_URL,
    rpcTimeoutMs: vars.RPC_TIMEOUT_MS,
    startRetry: { firstMs: vars.START_RETRY_MS, maxMs: vars.START_RETRY_MAX_MS },
    deploymentsDir: vars.DEPLOYMENTS_DIR,
    healthTimeoutMs: vars.HEALTH_TIMEOUT_MS,
    cookieSecure: vars.COOKIE_SECURE,
    siweDomains: vars.SIWE_DOMAINS,
    webOrigins,
    webForwardedSecret: vars.WEB_FORWARDED_SECRET,
    mail: {
      smtpUrl: vars.SMTP_URL,
      from: vars.MAIL_FROM,
      pollMs: vars.MAIL_POLL_MS,
      webUrl: vars.WEB_URL ?? webOrigins[0] ?? "http://127.0.0.1:3000",
    },
    bootstrapAdmin:
      vars.BOOTSTRAP_ADMIN_EMAIL && vars.BOOTSTRAP_ADMIN_PASSWORD
        ? { email: vars.BOOTSTRAP_ADMIN_EMAIL, password: vars.BOOTSTRAP_ADMIN_PASSWORD }
        : undefined,
    roles: vars.ROLES,
    submitter: {
      relayerPrivateKey: vars.RELAYER_PRIVATE_KEY as `0x${string}` | undefined,
      relayerKeystore:
        vars.RELAYER_KEYSTORE_PATH && vars.RELAYER_KEYSTORE_PASSWORD_FILE
          ? { path: vars.RELAYER_KEYSTORE_PATH, passwordFile: vars.RELAYER_KEYSTORE_PASSWORD_FILE }
          : undefined,
      relayerRemoteSigner:
        vars.RELAYER_REMOTE_SIGNER_URL && vars.RELAYER_ADDRESS
          ? { url: vars.RELAYER_REMOTE_SIGNER_URL, address: vars.RELAYER_ADDRESS as `0x${string}` }
          : undefined,
      batchMaxEvents: vars.BATCH_MAX_EVENTS,
      batchWindowMs: vars.BATCH_WINDOW_MS,
      pollMs: vars.SUBMIT_POLL_MS,
      replaceAfterMs: vars.TX_REPLACE_AFTER_MS,
    },
    documentMaxBytes: vars.DOCUMENT_MAX_BYTES,
    capture: {
      maxBytes: vars.CAPTURE_MAX_BYTES,
      maxEvents: vars.CAPTURE_MAX_EVENTS,
      leaseMs: vars.CAPTURE_LEASE_MS,
      pollMs: vars.CAPTURE_POLL_MS,
      workers: vars.CAPTURE_WORKERS,
    },
    imports: {
      running: vars.IMPORT_MAX_RUNNING,
      runningPerOrganization: vars.IMPORT_MAX_RUNNING_PER_ORGANIZATION,
    },
    rateLimits: { publicPerMinute: vars.PUBLIC_RATE_LIMIT, authPerMinute: vars.AUTH_RATE_LIMIT },
    trustProxy: vars.TRUST_PROXY,
    logLevel: vars.LOG_LEVEL,
    webhookAllowHttpLocalhost: vars.WEBHOOK_ALLOW_HTTP_LOCALHOST,
    indexer: {
      confirmations: vars.INDEXER_CONFIRMATIONS,
      pollMs: vars.INDEXER_POLL_MS,
      maxRange: vars.INDEXER_MAX_RANGE,
      reorgWindow: vars.INDEXER_REORG_WINDOW,
      deepReorg: vars.INDEXER_DEEP_REORG,
    },
  };
  const mode = vars.TRACEMARK_MODE ?? (vars.NODE_ENV === "production" ? "production" : "development");
  const unsafe = mode === "production" ? findProductionProblems(config) : [];
  if (unsafe.length > 0) {
    throw new Error(
      `Unsafe production configuration (TRACEMARK_MODE=production, or NODE_ENV=production; TRACEMARK_MODE=development runs anyway):\n${unsafe.map((line) => `  ${line}`).join("\n")}`,
    );
  }
  return { mode, ...config };
}

/** The relayer's key comes from one place: a private key, a keystore (with its password file) or a remote signer (with its address). */
function findRelayerProblem(vars: z.infer<typeof envSchema>): string | undefined {
  if (Boolean(vars.RELAYER_KEYSTORE_PATH) !== Boolean(vars.RELAYER_KEYSTORE_PASSWORD_FILE))
    return "RELAYER_KEYSTORE_PATH and RELAYER_KEYSTORE_PASSWORD_FILE go together";
  if (Boolean(vars.RELAYER_REMOTE_SIGNER_URL) !== Boolean(vars.RELAYER_ADDRESS))
    return "RELAYER_REMOTE_SIGNER_URL and RELAYER_ADDRESS go together";
  const sources = [
    vars.RELAYER_PRIVATE_KEY && "RELAYER_PRIVATE_KEY",
    vars.RELAYER_KEYSTORE_PATH && "RELAYER_KEYSTORE_PATH",
    vars.RELAYER_REMOTE_SIGNER_URL && "RELAYER_REMOTE_SIGNER_URL",
  ].filter(Boolean);
  if (sources.length > 1) return `${sources.join(" and ")}: set only one source of the relayer's key`;
  return undefined;
}
