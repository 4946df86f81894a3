import { createTestDatabase, type TestDatabase } from "@tracemark/db";
import type { Deployment } from "@tracemark/sdk";
import { type Anvil, startAnvil } from "@tracemark/testkit";
import type { FastifyInstance } from "fastify";
import { createPublicClient, http } from "viem";
import { buildApp } from "../app.ts";
import type { AppContext } from "../context.ts";
import { type Config, readConfig } from "../env.ts";
import { startDeployedChain } from "./deployedChain.ts";

export type BuildTestAppOptions = { contracts?: boolean; lookupHost?: AppContext["lookupHost"] };

export type TestApp = {
  app: FastifyInstance;
  context: AppContext;
  db: TestDatabase;
  anvil: Anvil;
  /** The contracts, when built with `{ contracts: true }`. */
  deployment: Deployment | undefined;
  close: () => Promise<void>;
};

/**
 * The real API on a fresh database of the test Postgres server and a fresh local chain (with
 * Tracemark's contracts deployed when `contracts` is set), for `app.inject` tests. `overrides`
 * changes the configuration (e.g. an RPC URL nothing serves); `lookupHost` answers webhook host names.
 */
export async function buildTestApp(
  overrides: Partial<Config> = {},
  options: BuildTestAppOptions = {},
): Promise<TestApp> {
  const [db, node] = await Promise.all([
    createTestDatabase(),
    options.contracts
      ? startDeployedChain()
      : startAnvil().then((anvil) => ({ anvil, deployment: undefined })),
  ]);
  const { anvil, deployment } = node;
  const config = {
    ...readConfig({ LOG_LEVEL: "silent", RPC_URL: anvil.rpcUrl }),
    // Tests send imports one after another faster than a person: the cap has its own test.
    imports: { running: 100, runningPerOrganization: 100 },
    ...overrides,
  };
  const chain = createPublicClient({ transport: http(config.rpcUrl, { retryCount: 0 }) });
  const context: AppContext = { config, db, chain, lookupHost: options.lookupHost };
  const app = await buildApp(context);
  return {
    app,
    context,
    db,
    anvil,
    deployment,
    close: async () => {
      await app.close();
      await Promise.all([db.drop(), anvil.stop()]);
    },
  };
}

/** The contracts of a test app built with `{ contracts: true }` (throws for one built without). */
export function contractsOf(t: TestApp): Deployment {
  if (!t.deployment) throw new Error("build the test app with { contracts: true }");
  return t.deployment;
}
