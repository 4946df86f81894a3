import assert from "node:assert/strict";
import { test } from "node:test";
import type { Database } from "@tracemark/db";
import { testDatabase } from "../testing/suite.ts";
import { holdAdvisoryLock } from "./holdAdvisoryLock.ts";

const db = testDatabase();

test("a caller that stops while the lock's holder is being named still stops the work it started", {
  timeout: 30_000,
}, async () => {
  const caller = new AbortController();
  // Stops the caller exactly while the lock has been taken and its session's pid is asked.
  const stoppingWhileNamed: Database = {
    ...db,
    withSession: (work) =>
      db.withSession((session) =>
        work({
          ...session,
          query: async (sql, ...rest) => {
            const rows = await session.query(sql, ...rest);
            if (sql.includes("pg_backend_pid")) caller.abort();
            return rows as never;
          },
        }),
      ),
  };
  let started = false;
  await holdAdvisoryLock({
    db: stoppingWhileNamed,
    lock: "a lock stopped while named",
    intervalMs: 50,
    signal: caller.signal,
    whileHeld: async (held) => {
      started = true;
      // Before the fix this waited for ever: the caller's abort had fired before anyone listened.
      if (!held.aborted)
        await new Promise((resolve) => held.addEventListener("abort", resolve, { once: true }));
    },
  });
  assert.ok(started);
});
