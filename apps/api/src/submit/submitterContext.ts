import type { Database } from "@tracemark/db";
import type { Deployment } from "@tracemark/sdk";
import type { FastifyBaseLogger } from "fastify";
import type { LocalAccount, PublicClient } from "viem";
import type { Config } from "../env.ts";

/** What every submitter step needs. */
export type SubmitterContext = {
  db: Database;
  chain: PublicClient;
  chainId: number;
  deployment: Deployment;
  account: LocalAccount;
  config: Config["submitter"];
  log: Pick<FastifyBaseLogger, "info" | "warn" | "error" | "debug">;
};
