/**
 * End-to-end sustained throughput of the chain pipeline (issue 6): the real API with all roles
 * (BATCH_WINDOW_MS=1000; by default one process per role, as production runs them, or all in one
 * with BENCH_LAYOUT=embedded) on a private Postgres and a deployed anvil; an
 * organisation admitted through the API; EPCIS capture documents streamed at BENCH_RATE events/s
 * (default 5,250) for BENCH_SECONDS (default 30) across many lots. Measures the events/s each
 * stage sustains while they stream in (after a warm-up) — captured (stored by the capture worker),
 * submitted (in a batch whose transaction was sent) and anchored (indexed: their batch anchored or
 * final) — and when each stage had every event, and the latency from "capture accepted" (202) to
 * "anchored and visible on the public record" (every event of a probe lot, one per document,
 * has an anchor in `GET /public/01/:gtin/10/:lot`). Targets: ≥ 5,000 events/s, p95 < 3 s.
 * Baseline in the same run: the same load against ROLES=serve alone (capture only) on its own
 * database. Prints ratios and writes bench/results/pipeline-throughput.json. Nothing is asserted.
 * Each phase also prints the CPU time per event of every process (API processes, Postgres, anvil,
 * the bench client) and the rate the server side could sustain on this machine's cores: on a
 * shared machine the rates fall with the others' load, the CPU per event much less (it still
 * varies by about 20% between runs there).
 * BENCH_PG_STATEMENTS=1 adds the full pipeline's heaviest Postgres statements.
 */

import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
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
  quantile,
  seedLots,
  sleep,
  startApi,
  startBackends,
  waitForAdmissionOnChain,
  writeResults,
} from "./_api.ts";
import { cpuMeter, postgresCpuSeconds, processCpuSeconds } from "./_cpu.ts";
import { printStatements, resetStatements, STATEMENT_SETTINGS } from "./_statements.ts";

/**
 * Offered 5% above the target: the stages' counts move in steps (documents of 1,000 events, batches
 * of up to 2,000), so a stage that keeps up with exactly 5,000/s reads anywhere within ~±100/s of it;
 * one that keeps up with 5,250/s shows ≥ 5,000 whatever the steps.
 */
const RATE = Number(process.env.BENCH_RATE ?? 5_250);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const DOC_EVENTS = Number(process.env.BENCH_DOC_EVENTS ?? 1_000);
const PROBE_EVENTS = 5;
const LOTS = 500;
/** How often each waiting probe lot's public record is read (the latency's resolution; more often loads the server). */
const PROBE_POLL_MS = 250;
const DRAIN_SECONDS = 60;
const TARGET_RATE = 5_000;
const TARGET_P95_MS = 3_000;
/**
 * How the full pipeline's roles run: `split` (default) one process per role, as production runs
 * them (DESIGN.md); `embedded`, all three in one process, as `npm start` does.
 */
const LAYOUT = process.env.BENCH_LAYOUT ?? "split";
const FULL_PROCESSES = LAYOUT === "embedded" ? ["serve,submit,index"] : ["serve", "submit", "index"];
const cores = availableParallelism();
/** BENCH_PG_STATEMENTS=1: print the full pipeline's heaviest Postgres statements (pg_stat_statements). */
const STATEMENTS = process.env.BENCH_PG_STATEMENTS === "1";

type Doc = { body: string; probe: Lot };

/** The documents to send, built before the clock starts: DOC_EVENTS events each, PROBE_EVENTS of them on the document's own probe lot. */
function buildDocuments(lots: Lot[], probes: Lot[]): Doc[] {
  let ms = 0;
  return probes.map((probe) => {
    const events = Array.from({ length: DOC_EVENTS }, (_, i) => {
      ms += 1;
      const lot = i < PROBE_EVENTS ? probe : lots[Math.floor(Math.random() * lots.length)];
      return observeEvent(lot?.uri ?? "", ms);
    });
    return { body: JSON.stringify(epcisDocument(events)), probe };
  });
}

type Sample = { t: number; stored: number; submitted: number; anchored: number };
type Stage = "stored" | "submitted" | "anchored";
type Probe = { lot: Lot; acceptedAt: number; visibleAt?: number };

/** How far the warm-up of a phase goes (its first quarter, 5 s at most): sustained rates are measured after it. */
const warmUpSeconds = (sendSeconds: number) => Math.min(5, sendSeconds / 4);

type StageResult = {
  /**
   * Events/s the stage kept up while the documents streamed in: the slope of its count from the
   * end of the warm-up to the last send. A stage that keeps up runs at the offered rate whatever its
   * delay; one that falls behind runs at its capacity.
   */
  sustained: number;
  /** Events/s from the first send until the stage had every event (or the drain ended): includes the last events' delay. */
  perSecond: number;
  count: number;
  seconds: number;
};

type PhaseResult = {
  events: number;
  sendSeconds: number;
  acceptedPerSecond: number;
  stages: Record<Stage, StageResult>;
  latency?: { p50: number; p95: number; max: number; probes: number; visible: number };
  samples: Sample[];
};

/**
 * Streams the documents at RATE events/s (open loop: one document every DOC_EVENTS / RATE s,
 * whatever the answers), samples the stage counts every 500 ms, polls the probe lots' public
 * records when `probe` is set, and waits for the stages to finish (DRAIN_SECONDS at most).
 */
async function runPhase(
  url: string,
  org: AdmittedOrg,
  client: pg.Client,
  docs: Doc[],
  stages: Stage[],
  probe: boolean,
): Promise<PhaseResult> {
  const total = docs.length * DOC_EVENTS;
  const intervalMs = (DOC_EVENTS / RATE) * 1000;
  const samples: Sample[] = [];
  const probes: Probe[] = [];
  let sending = true;
  const started = performance.now();
  const sampler = (async () => {
    for (;;) {
      // Cheap on purpose (the captures and batches rows, not the events): the sampler must not load Postgres.
      const { rows } = await client.query<{ stored: string; submitted: string; anchored: string }>(
        `SELECT (SELECT coalesce(sum("storedCount"), 0) FROM captures WHERE status = 'succeeded') AS stored,
                (SELECT coalesce(sum("eventCount"), 0) FROM anchor_batches) AS submitted,
                (SELECT coalesce(sum("eventCount"), 0) FROM anchor_batches WHERE status IN ('anchored', 'final')) AS anchored`,
      );
      const row = rows[0];
      const sample = {
        t: (performance.now() - started) / 1000,
        stored: Number(row?.stored),
        submitted: Number(row?.submitted),
        anchored: Number(row?.anchored),
      };
      samples.push(sample);
      const finished = stages.every((stage) => sample[stage] >= total);
      if ((!sending && finished) || sample.t > SECONDS + DRAIN_SECONDS) return;
      await sleep(500);
    }
  })();
  const poller = (async () => {
    if (!probe) return;
    while (sending || probes.some((p) => p.visibleAt === undefined)) {
      if (performance.now() - started > (SECONDS + DRAIN_SECONDS) * 1000) return;
      await Promise.all(
        probes
          .filter((p) => p.visibleAt === undefined)
          .map(async (p) => {
            const response = await fetch(`${url}/public/01/${p.lot.gtin}/10/${p.lot.lot}`);
            if (!response.ok) return;
            const record = (await response.json()) as { events: { anchor: unknown }[] };
            if (record.events.length >= PROBE_EVENTS && record.events.every((e) => e.anchor !== null))
              p.visibleAt = performance.now();
          }),
      );
      await sleep(PROBE_POLL_MS);
    }
  })();

  const inFlight = new Set<Promise<void>>();
  let failed = 0;
  for (const [k, doc] of docs.entries()) {
    const due = started + k * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const request = (async () => {
      const response = await fetch(`${url}/orgs/${org.id}/capture`, {
        method: "POST",
        headers: { ...org.operator, "content-type": "application/json" },
        body: doc.body,
      });
      await response.text();
      if (response.status !== 202) failed += 1;
      else probes.push({ lot: doc.probe, acceptedAt: performance.now() });
    })();
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }
  await Promise.all(inFlight);
  const sendSeconds = (performance.now() - started) / 1000;
  sending = false;
  if (failed > 0) console.log(`  warning: ${failed} capture requests were refused`);
  await Promise.all([sampler, poller]);

  /** The stage's count at time t, interpolated between the samples around it. */
  const countAt = (stage: Stage, t: number) => {
    const after = samples.findIndex((s) => s.t >= t);
    const next = samples[after];
    const previous = samples[after - 1];
    if (!next) return (samples.at(-1) as Sample)[stage];
    if (!previous) return next[stage];
    return previous[stage] + ((next[stage] - previous[stage]) * (t - previous.t)) / (next.t - previous.t);
  };
  const stageResult = (stage: Stage): StageResult => {
    const done = samples.find((s) => s[stage] >= total);
    const last = samples.at(-1) as Sample;
    const at = done ?? last;
    const from = warmUpSeconds(sendSeconds);
    return {
      sustained: (countAt(stage, sendSeconds) - countAt(stage, from)) / (sendSeconds - from),
      perSecond: at[stage] / at.t,
      count: at[stage],
      seconds: at.t,
    };
  };
  const latencies = probes.flatMap((p) => (p.visibleAt === undefined ? [] : [p.visibleAt - p.acceptedAt]));
  return {
    events: total,
    sendSeconds,
    acceptedPerSecond: (total - failed * DOC_EVENTS) / sendSeconds,
    stages: {
      stored: stageResult("stored"),
      submitted: stageResult("submitted"),
      anchored: stageResult("anchored"),
    },
    ...(probe
      ? {
          latency: {
            p50: quantile(latencies, 0.5),
            p95: quantile(latencies, 0.95),
            max: Math.max(...latencies),
            probes: probes.length,
            visible: latencies.length,
          },
        }
      : {}),
    samples,
  };
}

/**
 * Starts the API on `databaseUrl` as one process per entry of `processes` (each a ROLES value; the
 * first must serve), admits an organisation, seeds its lots and runs one phase, metering the CPU
 * time of every process involved from the first send to the end of the drain.
 */
async function phase(
  backends: Backends,
  cleanup: Cleanup,
  databaseUrl: string,
  processes: string[],
  lots: Lot[],
  probes: Lot[],
  docs: Doc[],
): Promise<PhaseResult & { cpu: Record<string, number> }> {
  const servers: ApiServer[] = [];
  for (const roles of processes) {
    const server = await startApi(
      { ...backends, postgres: { ...backends.postgres, url: databaseUrl } },
      { ROLES: roles, BATCH_WINDOW_MS: "1000" },
    );
    cleanup.add(`api (${roles})`, () => server.stop());
    servers.push(server);
  }
  const [server] = servers as [ApiServer];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const org = await admitOrg(server.url, "Bench Produce", backends.mail);
    await seedLots(client, org.id, [...lots, ...probes]);
    const full = processes.some((roles) => roles.includes("submit"));
    if (full) {
      // Batches wait for the organisation's admission on chain.
      await waitForAdmissionOnChain(client, org.id);
    }
    if (STATEMENTS && full) await resetStatements(client);
    const meter = cpuMeter({
      ...Object.fromEntries(
        processes.map((roles, i) => [`api ${roles}`, () => processCpuSeconds(servers[i]?.child.pid)]),
      ),
      postgres: () => postgresCpuSeconds(backends.postgres.dataDir),
      anvil: () => processCpuSeconds(backends.chain.anvil.process.pid),
      "bench client": () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1e6;
      },
    });
    const result = await runPhase(
      server.url,
      org,
      client,
      docs,
      full ? ["stored", "anchored"] : ["stored"],
      full,
    );
    const cpu = meter.read();
    if (STATEMENTS && full) await printStatements(client, result.events);
    return { ...result, cpu };
  } finally {
    await client.end();
    for (const each of servers.reverse()) await each.stop();
  }
}

/**
 * CPU per event of each process, and the rate the server side (API processes, Postgres, the node)
 * could sustain if it had the machine's cores to itself: what decides whether the target is
 * reachable here, whatever else the machine is running during the measurement. Per event that went
 * through the phase's last stage: when the drain ran out first, the work spent on the others counts
 * against those (an overestimate).
 */
function printCpu(label: string, result: PhaseResult & { cpu: Record<string, number> }, last: Stage): number {
  const { cpu } = result;
  const events = result.stages[last].count;
  const server = Object.entries(cpu)
    .filter(([name]) => name !== "bench client")
    .reduce((sum, [, seconds]) => sum + seconds, 0);
  const ceiling = (cores * events) / server;
  const partial =
    events < result.events ? ` of ${result.events.toLocaleString("en")}, the drain ran out` : "";
  console.log(`\nCPU per event, ${label} (${events.toLocaleString("en")} events ${last}${partial}):`);
  printTable(
    ["process", "CPU s", "µs/event"],
    [
      ...Object.entries(cpu).map(([name, seconds]) => [
        name,
        seconds.toFixed(1),
        ((seconds / events) * 1e6).toFixed(0),
      ]),
      ["server side (all but the bench client)", server.toFixed(1), ((server / events) * 1e6).toFixed(0)],
    ],
  );
  console.log(
    `CPU-bound ceiling of the server side on ${cores} cores: ${ceiling.toFixed(0)} events/s (target ${TARGET_RATE})`,
  );
  return ceiling;
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  try {
    console.log(
      `bench/pipeline/throughput: ${RATE.toLocaleString("en")} events/s for ${SECONDS} s, documents of ${DOC_EVENTS} events`,
    );
    const backends = await startBackends(cleanup, STATEMENTS ? STATEMENT_SETTINGS : {});
    const admin = new pg.Client({ connectionString: backends.postgres.url });
    await admin.connect();
    await admin.query("CREATE DATABASE capture_only");
    await admin.end();
    const captureOnlyUrl = backends.postgres.url.replace(/\/postgres$/, "/capture_only");

    const lots = Array.from({ length: LOTS }, (_, i) => {
      const gtin = gtinOf(i, "1955");
      return { gtin, lot: `B${i}`, uri: lgtinUri(gtin, `B${i}`) };
    });
    const docCount = Math.ceil((RATE * SECONDS) / DOC_EVENTS);
    const probes = Array.from({ length: docCount }, (_, i) => {
      const gtin = gtinOf(i, "1956");
      return { gtin, lot: `P${i}`, uri: lgtinUri(gtin, `P${i}`) };
    });
    const docs = buildDocuments(lots, probes);

    console.log("capture only (ROLES=serve) …");
    const baseline = await phase(backends, cleanup, captureOnlyUrl, ["serve"], lots, probes, docs);
    console.log(
      `full pipeline (${LAYOUT}: ${FULL_PROCESSES.map((roles) => `ROLES=${roles}`).join(" | ")}) …`,
    );
    const full = await phase(backends, cleanup, backends.postgres.url, FULL_PROCESSES, lots, probes, docs);

    const base = baseline.stages.stored.sustained;
    const rate = (r: StageResult, total: number) =>
      `${r.sustained.toFixed(0)}${r.count < total ? ` (only ${r.count.toLocaleString("en")} of ${total.toLocaleString("en")} in ${r.seconds.toFixed(0)} s)` : ""}`;
    const drained = (r: StageResult) =>
      `all done after ${r.seconds.toFixed(1)} s: ${r.perSecond.toFixed(0)}/s overall`;
    console.log();
    printTable(
      ["measure", "value", "target", "met?", "ratio to capture-only baseline"],
      [
        [
          "accepted (202), events/s",
          full.acceptedPerSecond.toFixed(0),
          `≥ ${TARGET_RATE}`,
          full.acceptedPerSecond >= TARGET_RATE ? "yes" : "NO",
          `${(full.acceptedPerSecond / baseline.acceptedPerSecond).toFixed(2)}× (${baseline.acceptedPerSecond.toFixed(0)})`,
        ],
        [
          "captured (stored), events/s",
          rate(full.stages.stored, full.events),
          `≥ ${TARGET_RATE}`,
          full.stages.stored.sustained >= TARGET_RATE ? "yes" : "NO",
          `${(full.stages.stored.sustained / base).toFixed(2)}× (${base.toFixed(0)}); ${drained(full.stages.stored)}`,
        ],
        [
          "submitted (batched, sent), events/s",
          rate(full.stages.submitted, full.events),
          `≥ ${TARGET_RATE}`,
          full.stages.submitted.sustained >= TARGET_RATE ? "yes" : "NO",
          `${(full.stages.submitted.sustained / base).toFixed(2)}×; ${drained(full.stages.submitted)}`,
        ],
        [
          "anchored + indexed, events/s",
          rate(full.stages.anchored, full.events),
          `≥ ${TARGET_RATE}`,
          full.stages.anchored.sustained >= TARGET_RATE && full.stages.anchored.count >= full.events
            ? "yes"
            : "NO",
          `${(full.stages.anchored.sustained / base).toFixed(2)}×; ${drained(full.stages.anchored)}`,
        ],
        [
          "capture → visible anchored, p95 (ms)",
          (full.latency?.p95 ?? Number.NaN).toFixed(0),
          `< ${TARGET_P95_MS}`,
          (full.latency?.p95 ?? Number.POSITIVE_INFINITY) < TARGET_P95_MS ? "yes" : "NO",
          `p50 ${(full.latency?.p50 ?? Number.NaN).toFixed(0)}, max ${(full.latency?.max ?? Number.NaN).toFixed(0)}, ${full.latency?.visible}/${full.latency?.probes} probes`,
        ],
      ],
    );
    printCpu("capture only", baseline, "stored");
    const ceiling = printCpu(`full pipeline, ${LAYOUT}`, full, "anchored");
    const [load1] = loadavg();
    console.log(
      `machine: ${cores} cores, load average ${load1?.toFixed(2)} at the end (other work on the machine lowers the measured rates much more than the CPU per event, which still varies by ~20% between runs)`,
    );
    const file = await writeResults("pipeline-throughput", {
      date: new Date().toISOString(),
      rate: RATE,
      seconds: SECONDS,
      docEvents: DOC_EVENTS,
      layout: LAYOUT,
      cores,
      loadAverage: loadavg(),
      ceilingPerSecond: ceiling,
      baseline,
      full,
    });
    console.log(`\nwrote ${file}`);
  } finally {
    await cleanup.stopAll();
  }
}

await main();
