import "server-only";
import { z } from "zod";

/**
 * The web app's configuration, read from `process.env` and validated once, here. Nothing else
 * reads `process.env`.
 *
 * Server variables are read when the server starts, so one build serves any deployment.
 * `NEXT_PUBLIC_*` variables are inlined by Next.js at `next build` (they must be set then) and are
 * safe to hand to the browser; client components get them as props from a server component.
 */
const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);

const httpUrl = (fallback: string) =>
  z.preprocess(
    unsetWhenEmpty,
    z
      .url({ protocol: /^https?$/ })
      .default(fallback)
      .transform((url) => url.replace(/\/+$/, "")),
  );

const envSchema = z.object({
  /** Base URL of the Tracemark API, as this server reaches it. */
  API_URL: httpUrl("http://127.0.0.1:4000"),
  /** JSON-RPC URL of the EVM chain, as browsers reach it (wallet signing and verification). */
  NEXT_PUBLIC_RPC_URL: httpUrl("http://127.0.0.1:8545"),
  /**
   * JSON-RPC URL browsers use, read at start; overrides NEXT_PUBLIC_RPC_URL (fixed at build) so one
   * build can serve any deployment. Client components get it as a prop, never from the bundle.
   */
  BROWSER_RPC_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^https?$/ }).optional()),
  /** A block explorer (e.g. https://sepolia.etherscan.io): transaction hashes link to `<it>/tx/<hash>`. */
  EXPLORER_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  ),
  /**
   * A secret shared with the API (its WEB_FORWARDED_SECRET): with it this server vouches for each
   * visitor's address, so the API's sign-in limits count visitors, not this server. Unset: not sent.
   */
  WEB_FORWARDED_SECRET: z.preprocess(
    unsetWhenEmpty,
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  /** Reverse proxies in front of this server that append to X-Forwarded-For (0: browsers connect directly). */
  TRUST_PROXY_HOPS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(0).default(0)),
  /**
   * Whether the session cookie is HTTPS-only: `true`, `false`, or unset to decide per request
   * (HTTPS-only when the request came over HTTPS, as X-Forwarded-Proto says), so local http works.
   */
  COOKIE_SECURE: z.preprocess(unsetWhenEmpty, z.stringbool().optional()),
  /**
   * Development only (`npm start` sets it): the local mail sink's JSON listing, shown at `/dev/mail`.
   * Unset (always in production), that page does not exist.
   */
  MAIL_SINK_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^https?$/ }).optional()),
  /** Enables WalletConnect as a wallet option; hidden when unset. */
  NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: z.preprocess(unsetWhenEmpty, z.string().trim().min(1).optional()),
});

export type Env = z.infer<typeof envSchema> & {
  /** The JSON-RPC URL to hand to browsers: BROWSER_RPC_URL, else NEXT_PUBLIC_RPC_URL. */
  rpcUrlForBrowsers: string;
};

function parseEnv(): Env {
  const parsed = envSchema.safeParse({
    API_URL: process.env.API_URL,
    BROWSER_RPC_URL: process.env.BROWSER_RPC_URL,
    EXPLORER_URL: process.env.EXPLORER_URL,
    WEB_FORWARDED_SECRET: process.env.WEB_FORWARDED_SECRET,
    TRUST_PROXY_HOPS: process.env.TRUST_PROXY_HOPS,
    COOKIE_SECURE: process.env.COOKIE_SECURE,
    MAIL_SINK_URL: process.env.MAIL_SINK_URL,
    // Each public variable is spelled out in full so that Next.js can inline it at build time.
    NEXT_PUBLIC_RPC_URL: process.env.NEXT_PUBLIC_RPC_URL,
    NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid web app configuration:\n${problems.join("\n")}`);
  }
  return {
    ...parsed.data,
    rpcUrlForBrowsers: parsed.data.BROWSER_RPC_URL ?? parsed.data.NEXT_PUBLIC_RPC_URL,
  };
}

export const env: Env = parseEnv();
