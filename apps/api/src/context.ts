import type { Database } from "@tracemark/db";
import type { PublicClient } from "viem";
import type { Config } from "./env.ts";
import type { LookupHost } from "./webhooks/checkWebhookTarget.ts";

/** What the routes and services share: configuration, the database and a chain client. */
export type AppContext = {
  config: Config;
  db: Database;
  chain: PublicClient;
  /** Wakes this process's capture worker when a capture is accepted (none in tests that run captures by hand). */
  captureAccepted?: (() => void) | undefined;
  /** Resolves webhook target names (tests inject one; default the system resolver). */
  lookupHost?: LookupHost | undefined;
};
