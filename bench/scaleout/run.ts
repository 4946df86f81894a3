/**
 * Scale-out throughput (issue 16), beside the scale-out test (apps/api/src/scaleOut.test.ts): the
 * real API as separate processes — 1, 2 and 3 `serve` processes, with one `submit` and one `index`
 * — on a private Postgres (a fresh database per phase) and a deployed anvil. Each phase measures
 *   - capture end to end: BENCH_EVENTS events (default 10,000) in EPCIS documents of
 *     BENCH_DOC_EVENTS (default 250), sent by BENCH_CLIENTS clients (default 6) to the serve
 *     processes in turn; events/s from the first send until every event is anchored (its batch
 *     anchored on chain and indexed), and until every document was accepted (202);
 *   - public-record reads: `GET /public/01/:gtin/10/:lot` of random lots of those events at
 *     BENCH_CONNECTIONS connections (default 48, shared out over the serve processes; autocannon)
 *     for BENCH_SECONDS (default 10), after one read of each lot (builds its stored copy).
 * Prints a table with each figure's ratio to the 1-process phase of the same run, and writes
 * bench/results/scaleout.json. Nothing is asserted. Every process shares the machine's cores (and,
 * on a shared machine, the others' load): more serve processes help only as far as cores are free.
 */
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import {
  type AdmittedOrg,
  type ApiServer,
  admitOrg,
  type Backends,
  Cleanup,
  epcisDocument,
  gtinOf,
  type Lot,
  lgtinUri,
  observeEvent,
  printTable,
  seedLots,
  sleep,
  startApi,
  startBackends,
  waitForAdmissionOnChain,
  writeResults,
} from "../pipeline/_api.ts";
import { processCpuSeconds } from "../pipeline/_cpu.ts";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const DOC_EVENTS = Number(process.env.BENCH_DOC_EVENTS ?? 250);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 48);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LOTS = 200;
const SERVE_COUNTS = [1, 2, 3];
const DRAIN_SECONDS = 300;

type PhaseResult = {
  serve: number;
  events: number;
  acceptedPerSecond: number;
  anchoredPerSecond: number;
  anchoredAfterSeconds: number;
  readsPerSecond: number;
  readP99Ms: number;
  readErrors: number;
  /** CPU seconds of the API processes during the phase. */
  apiCpuSeconds: number;
};

/** The documents to send, built before the clock starts. */
function buildDocuments(lots: Lot[]): string[] {
  let ms = 0;
  return Array.from({ length: Math.ceil(EVENTS / DOC_EVENTS) }, () => {
    const events = Array.from({ length: DOC_EVENTS }, () => {
      ms += 1;
      return observeEvent((lots[Math.floor(Math.random() * lots.length)] as Lot).uri, ms);
    });
    return JSON.stringify(epcisDocument(events));
  });
}

/** Sends every document (CLIENTS at a time, to the serve processes in turn); resolves when all were accepted. */
async function capture(servers: ApiServer[], org: AdmittedOrg, docs: string[]): Promise<void> {
  let next = 0;
  const client = async () => {
    for (let k = next++; k < docs.length; k = next++) {
      const server = servers[k % servers.length] as ApiServer;
      const response = await fetch(`${server.url}/orgs/${org.id}/capture`, {
        method: "POST",
        headers: { ...org.operator, "content-type": "application/json" },
        body: docs[k],
      });
      const text = await response.text();
      if (response.status !== 202) throw new Error(`capture → ${response.status}: ${text.slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
}

/** Waits until `total` events of the database are in anchored (or final) batches; returns when. */
async function anchored(client: pg.Client, total: number, started: number): Promise<number> {
  for (;;) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT coalesce(sum("eventCount"), 0) AS n FROM anchor_batches WHERE status IN ('anchored', 'final')`,
    );
    if (Number(rows[0]?.n) >= total) return performance.now();
    if (performance.now() - started > DRAIN_SECONDS * 1000)
      throw new Error(`only ${rows[0]?.n} of ${total} events anchored after ${DRAIN_SECONDS} s`);
    await sleep(100);
  }
}

/** Reads random lots' public records through every serve process at once (autocannon per process); summed. */
async function reads(servers: ApiServer[], lots: Lot[]) {
  const path = () => {
    const lot = lots[Math.floor(Math.random() * lots.length)] as Lot;
    return `/public/01/${lot.gtin}/10/${lot.lot}`;
  };
  // Each lot read once first: its record is built and stored (what a first scan after a change costs).
  for (const lot of lots) {
    const response = await fetch(`${(servers[0] as ApiServer).url}/public/01/${lot.gtin}/10/${lot.lot}`);
    await response.text();
    if (!response.ok) throw new Error(`public record of ${lot.lot} → ${response.status}`);
  }
  const results = await Promise.all(
    servers.map((server) =>
      autocannon({
        url: server.url,
        connections: Math.max(1, Math.round(CONNECTIONS / servers.length)),
        duration: SECONDS,
        requests: [
          {
            method: "GET",
            setupRequest: (request: autocannon.Request) => ({ ...request, path: path() }),
          },
        ],
      }),
    ),
  );
  return {
    perSecond: results.reduce((sum, r) => sum + r.requests.total, 0) / SECONDS,
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  };
}

/** One phase: `serveCount` serve processes, one submitter and one indexer on a fresh database. */
async function phase(backends: Backends, cleanup: Cleanup, serveCount: number): Promise<PhaseResult> {
  const admin = new pg.Client({ connectionString: backends.postgres.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE scaleout_${serveCount}`);
  await admin.end();
  const url = backends.postgres.url.replace(/\/postgres$/, `/scaleout_${serveCount}`);
  const on = { ...backends, postgres: { ...backends.postgres, url } };

  const servers: ApiServer[] = [];
  const stopAll = async () => {
    for (const each of servers.reverse()) await each.stop();
  };
  cleanup.add(`api processes (${serveCount} serve)`, stopAll);
  // One after another: the first migrates the database and creates the bootstrap admin.
  for (let i = 0; i < serveCount; i++) servers.push(await startApi(on, { ROLES: "serve" }));
  const serve = [...servers];
  servers.push(await startApi(on, { ROLES: "submit" }), await startApi(on, { ROLES: "index" }));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const org = await admitOrg((serve[0] as ApiServer).url, `Scale ${serveCount}`, backends.mail);
    const lots = Array.from({ length: LOTS }, (_, i) => {
      const gtin = gtinOf(i, `19${56 + serveCount}`);
      return { gtin, lot: `SO${i}`, uri: lgtinUri(gtin, `SO${i}`) };
    });
    await seedLots(client, org.id, lots);
    await waitForAdmissionOnChain(client, org.id);
    const docs = buildDocuments(lots);
    const events = docs.length * DOC_EVENTS;

    const cpuBefore = servers.reduce((sum, s) => sum + processCpuSeconds(s.child.pid), 0);
    const started = performance.now();
    await capture(serve, org, docs);
    const acceptedAt = performance.now();
    const anchoredAt = await anchored(client, events, started);
    const read = await reads(serve, lots);
    const apiCpuSeconds = servers.reduce((sum, s) => sum + processCpuSeconds(s.child.pid), 0) - cpuBefore;
    return {
      serve: serveCount,
      events,
      acceptedPerSecond: events / ((acceptedAt - started) / 1000),
      anchoredPerSecond: events / ((anchoredAt - started) / 1000),
      anchoredAfterSeconds: (anchoredAt - started) / 1000,
      readsPerSecond: read.perSecond,
      readP99Ms: read.p99,
      readErrors: read.errors,
      apiCpuSeconds,
    };
  } finally {
    await client.end();
    await stopAll();
  }
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  const cores = availableParallelism();
  try {
    console.log(
      `bench/scaleout: ${EVENTS.toLocaleString("en")} events in documents of ${DOC_EVENTS} from ${CLIENTS} clients, then public reads at ${CONNECTIONS} connections for ${SECONDS} s; 1, 2 and 3 serve processes with one submit and one index process`,
    );
    const backends = await startBackends(cleanup);
    const results: PhaseResult[] = [];
    for (const serveCount of SERVE_COUNTS) {
      console.log(`${serveCount} serve process${serveCount > 1 ? "es" : ""} …`);
      results.push(await phase(backends, cleanup, serveCount));
    }
    const [base] = results as [PhaseResult];
    const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;
    console.log();
    printTable(
      [
        "serve processes",
        "capture → anchored, events/s",
        "ratio",
        "accepted (202), events/s",
        "ratio",
        "public reads/s",
        "ratio",
        "read p99 ms",
        "read errors",
      ],
      results.map((r) => [
        r.serve,
        r.anchoredPerSecond.toFixed(0),
        ratio(r.anchoredPerSecond, base.anchoredPerSecond),
        r.acceptedPerSecond.toFixed(0),
        ratio(r.acceptedPerSecond, base.acceptedPerSecond),
        r.readsPerSecond.toFixed(0),
        ratio(r.readsPerSecond, base.readsPerSecond),
        r.readP99Ms.toFixed(0),
        r.readErrors,
      ]),
    );
    const [load1] = loadavg();
    console.log(
      `machine: ${cores} cores, load average ${load1?.toFixed(2)} at the end; every process (API, Postgres, anvil, this client) shares those cores, so extra serve processes add throughput only where cores are idle`,
    );
    const file = await writeResults("scaleout", {
      date: new Date().toISOString(),
      events: EVENTS,
      docEvents: DOC_EVENTS,
      clients: CLIENTS,
      connections: CONNECTIONS,
      seconds: SECONDS,
      cores,
      loadAverage: loadavg(),
      results,
    });
    console.log(`\nwrote ${file}`);
  } finally {
    await cleanup.stopAll();
  }
}

await main();
