import { after, before } from "node:test";
import { createTestDatabase, type Database, migrate, openDatabase, type TestDatabase } from "@tracemark/db";
import { freePort, type PrivatePostgres, startPostgres } from "@tracemark/testkit";
import type { Config } from "../env.ts";
import { type Actors, createActors } from "./actors.ts";
import { type BuildTestAppOptions, buildTestApp, type TestApp } from "./buildTestApp.ts";
import { type LocalChain, startLocalChain } from "./localChain.ts";
import { startPipeline } from "./startPipeline.ts";

/**
 * What `open` makes, for the suite this is called in: a `before` hook opens it, an `after` hook
 * releases it with `close`. The object returned is filled in by `before`: read it in later hooks and
 * in tests, not while the suite is declared.
 */
function suiteFixture<T extends object>(open: () => Promise<T>, close: (value: T) => unknown): T {
  const value = {} as T;
  let opened = false;
  before(async () => {
    Object.assign(value, await open());
    opened = true;
  });
  after(async () => {
    if (opened) await close(value);
  });
  return value;
}

export type TestAppOptions = BuildTestAppOptions & {
  /** Run the submitter and the indexer (`startPipeline`) from the start, stopped before the app closes. */
  pipeline?: boolean;
};

/**
 * The test app (`buildTestApp(overrides, options)`) of the suite this is called in, built by its
 * `before` hook and closed by its `after` hook.
 *
 * @example
 * describe("auth", () => {
 *   const t = testApp();
 *   test("…", async () => { await t.app.inject({ method: "GET", url: "/auth/me" }); });
 * });
 */
export function testApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): TestApp {
  let stopPipeline: (() => Promise<void>) | undefined;
  return suiteFixture(
    async () => {
      const t = await buildTestApp(overrides, options);
      if (options.pipeline) stopPipeline = startPipeline(t);
      return t;
    },
    async (t) => {
      await stopPipeline?.();
      await t.close();
    },
  );
}

/**
 * `testApp`, and the two organisations with a member and an API key per role, the outsider and the
 * platform administrator of `createActors`, made by the suite's `before` hook likewise.
 *
 * @example
 * describe("products", () => {
 *   const { t, a } = testAppWithActors();
 *   test("…", async () => { await call(t.app, a.orgA.users.operator, "POST", url, body); });
 * });
 */
export function testAppWithActors(
  overrides: Partial<Config> = {},
  options: TestAppOptions = {},
): { t: TestApp; a: Actors } {
  const t = testApp(overrides, options);
  return {
    t,
    a: suiteFixture(
      () => createActors(t),
      () => undefined,
    ),
  };
}

/**
 * A fresh database (`createTestDatabase`) for the suite this is called in, dropped after it.
 *
 * @example
 * describe("storeEvents", () => {
 *   const db = testDatabase();
 *   test("…", async () => { await db.prisma.organization.create({ data: { name: "A" } }); });
 * });
 */
export function testDatabase(): TestDatabase {
  return suiteFixture(createTestDatabase, (db) => db.drop());
}

/**
 * A migrated embedded database (PGlite in memory, one connection: the default of `npm start`) for the
 * suite this is called in, closed after it.
 *
 * @example
 * describe("the indexer on PGlite", () => {
 *   const db = testEmbeddedDatabase();
 *   test("…", async () => { await db.prisma.organization.create({ data: { name: "A" } }); });
 * });
 */
export function testEmbeddedDatabase(): Database {
  return suiteFixture(
    async () => {
      const db = await openDatabase({ dataDir: "memory://" });
      await migrate(db);
      return db;
    },
    (db) => db.close(),
  );
}

/**
 * A local chain with Tracemark's contracts (`startLocalChain`) for the suite this is called in,
 * stopped after it.
 *
 * @example
 * describe("indexOnce", () => {
 *   const chain = testLocalChain();
 *   test("…", async () => { await chain.mine(2); });
 * });
 */
export function testLocalChain(): LocalChain {
  return suiteFixture(
    () => startLocalChain(),
    (chain) => chain.stop(),
  );
}

/**
 * A migrated database on a Postgres server of the suite's own (`startPostgres`), which its tests may
 * halt and restart (`server`); closed and stopped after the suite.
 *
 * @example
 * describe("requests while Postgres shuts down", () => {
 *   const db = testPrivatePostgres();
 *   test("…", async () => { db.server.halt(); });
 * });
 */
export function testPrivatePostgres(): Database & { server: PrivatePostgres } {
  return suiteFixture(
    async () => {
      const server = startPostgres(await freePort());
      const db = await openDatabase({ url: server.url });
      await migrate(db);
      return { ...db, server };
    },
    async (db) => {
      await db.close();
      db.server.stop();
    },
  );
}
