/**
 * Where Postgres spends its time in a benchmark phase (BENCH_PG_STATEMENTS=1): the server runs with
 * `pg_stat_statements`; the phase's statements are reset before it and the heaviest printed after,
 * with the tables' update counts (how many were HOT, i.e. touched no index), vacuum runs and the
 * temporary files written when a statement's memory (work_mem) overflowed. Not a
 * benchmark itself (the leading `_`).
 */
import type pg from "pg";
import { printTable } from "./_api.ts";

export const STATEMENT_SETTINGS = {
  shared_preload_libraries: "pg_stat_statements",
  "pg_stat_statements.track": "all",
};

/** Starts counting the statements of the client's database afresh. */
export async function resetStatements(client: pg.Client): Promise<void> {
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  await client.query("SELECT pg_stat_statements_reset()");
}

/** Prints the `top` statements of the client's database by total execution time, per event of the phase. */
export async function printStatements(client: pg.Client, events: number, top = 15): Promise<void> {
  const { rows } = await client.query<{ query: string; calls: string; total: number; rows: string }>(
    `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls, total_exec_time AS total, rows
     FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
     ORDER BY total_exec_time DESC LIMIT $1`,
    [top],
  );
  console.log("\nPostgres statements of the full pipeline, by total execution time:");
  printTable(
    ["total ms", "µs/event", "calls", "rows", "statement"],
    rows.map((row) => [
      row.total.toFixed(0),
      ((row.total * 1000) / events).toFixed(1),
      row.calls,
      row.rows,
      row.query.slice(0, 140),
    ]),
  );
  const tables = await client.query<Record<string, string>>(
    `SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_dead_tup, autovacuum_count, autoanalyze_count
     FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd > 0 ORDER BY n_tup_ins + n_tup_upd DESC LIMIT 8`,
  );
  printTable(
    Object.keys(tables.rows[0] ?? {}),
    tables.rows.map((row) => Object.values(row).map(String)),
  );
  const temp = await client.query<{ temp_files: string; temp_bytes: string }>(
    "SELECT temp_files, temp_bytes FROM pg_stat_database WHERE datname = current_database()",
  );
  const row = temp.rows[0];
  console.log(
    `temporary files (work_mem overflow) since the database was made: ${row?.temp_files}, ${(Number(row?.temp_bytes) / 2 ** 20).toFixed(0)} MiB`,
  );
}
