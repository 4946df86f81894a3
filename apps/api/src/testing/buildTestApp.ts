import { createTestDatabase, type TestDatabase } from "@tracemark/db";
import { type Anvil, startAnvil } from "@tracemark/testkit";
import type { FastifyInstance } from "fastify";
import { createPublicClient, http } from "viem";
import { buildApp } from "../app.ts";
import type { AppContext } from "../context.ts";
import { type Config, readConfig } from "../env.ts";

export type TestApp = {
  app: FastifyInstance;
  context: AppContext;
  db: TestDatabase;
  anvil: Anvil;
  close: () => Promise<void>;
};

/**
 * The real API on a fresh database of the test Postgres server and a fresh local chain, for
 * `app.inject` tests. `overrides` changes the configuration (e.g. an RPC URL nothing serves).
 */
export async function buildTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const [db, anvil] = await Promise.all([createTestDatabase(), startAnvil()]);
  const config = { ...readConfig({ LOG_LEVEL: "silent", RPC_URL: anvil.rpcUrl }), ...overrides };
  const chain = createPublicClient({ transport: http(config.rpcUrl, { retryCount: 0 }) });
  const context = { config, db, chain };
  const app = await buildApp(context);
  return {
    app,
    context,
    db,
    anvil,
    close: async () => {
      await app.close();
      await Promise.all([db.drop(), anvil.stop()]);
    },
  };
}
