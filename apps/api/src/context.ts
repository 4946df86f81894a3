import type { Database } from "@tracemark/db";
import type { PublicClient } from "viem";
import type { Config } from "./env.ts";

/** What the routes and services share: configuration, the database and a chain client. */
export type AppContext = {
  config: Config;
  db: Database;
  chain: PublicClient;
};
