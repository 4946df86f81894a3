/**
 * Benchmark of the API under abuse (issue 12): the p99 of `GET /health` and of a signed-in user's
 * sign-in (email and password of a valid account) on a quiet server, then again while
 *   - one client sends 20 MiB bodies anonymously, in turn to `POST /orgs/:orgId/documents`,
 *     `POST /orgs/:orgId/capture` and `POST /capture`, and
 *   - another sends wrong passwords to another account (`POST /auth/login`), without pause;
 * target: each p99 under attack within 2× of the quiet one, printed side by side with the ratio.
 * The server runs with its own default sign-in limit (`AUTH_RATE_LIMIT`, per client address), so
 * every client has its own loopback address: the uploader 127.0.0.2, the password guesser
 * 127.0.0.3, the users signing in 127.0.1.x (several users, a few sign-ins each, so that neither a
 * per-address nor a per-account limit counts the measurement itself). The attackers run in a
 * process of their own at the lowest CPU priority (see `startAttackers`); quiet and attacked runs
 * alternate BENCH_ROUNDS (3) times. Runs the real server (`apps/api/src/server.ts`, ROLES=serve) as
 * a child process on a private Postgres and a deployed anvil, loopback only; writes
 * bench/results/abuse.json. Nothing is asserted. BENCH_HEALTH and BENCH_SIGNINS change the number
 * of measured requests; every loop is bounded in count and time.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { readConfig } from "../../apps/api/src/env.ts";
import {
  admitOrg,
  Cleanup,
  printTable,
  quantile,
  root,
  startApi,
  startBackends,
  writeResults,
} from "../pipeline/_api.ts";
import { type Answer, request } from "./_http.ts";

const HEALTH_REQUESTS = Number(process.env.BENCH_HEALTH ?? 1_000);
const SIGNINS = Number(process.env.BENCH_SIGNINS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const USERS = 25;
const UPLOAD_BYTES = 20 * 1024 * 1024;
/** No loop runs longer than this, whatever its count. */
const PHASE_MS = 120_000;
const PASSWORD = "a perfectly good password";
/** Linux's USER_HZ, the unit of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = 100;

/** Counts of answers by status. */
function tally(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${n}× ${status === 0 ? "closed" : status}`)
    .join(", ");
}

/** Latencies (ms) of `count` requests made one after another by `one(i)`, within PHASE_MS. */
async function measure(
  count: number,
  one: (i: number) => Promise<Answer>,
  expect: number,
): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = performance.now() + PHASE_MS;
  for (let i = 0; i < count && performance.now() < deadline; i++) {
    const started = performance.now();
    const answer = await one(i);
    latencies.push(performance.now() - started);
    if (answer.status !== expect)
      throw new Error(`expected ${expect}, got ${answer.status}: ${answer.body.slice(0, 300)}`);
  }
  return latencies;
}

/** CPU time (user + system, ms) the process `pid` has used, from /proc (Linux). */
async function cpuMsOf(pid: number | undefined): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/**
 * Starts bench/abuse/_attackers.ts in a process of its own and gives it 2 s to get going; `stop`
 * closes its stdin, waits for its report and says how long it attacked. It runs at the lowest CPU
 * priority: on this one machine its own loops (and the kernel's copying of what it sends) would
 * otherwise take the cores the server runs on, which a remote attacker's cannot; it still gets
 * every cycle the server and the measuring client leave idle.
 */
async function startAttackers(cleanup: Cleanup, url: string, orgId: string) {
  const started = performance.now();
  const child = spawn(
    "nice",
    ["-n", "19", process.execPath, "--import", "tsx", "bench/abuse/_attackers.ts"],
    {
      cwd: root,
      stdio: ["pipe", "pipe", "inherit"],
      env: { ...process.env, BASE_URL: url, ORG_ID: orgId, GUESS_EMAIL: "victim@abuse.test" },
    },
  );
  cleanup.add("attackers", () => child.kill("SIGKILL"));
  let report = "";
  child.stdout.on("data", (data) => {
    report += data;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return {
    stop: async () => {
      child.stdin.end();
      await exited;
      const seen = JSON.parse(report) as { uploads: { status: number; sent: number }[]; guesses: number[] };
      return { ...seen, ms: performance.now() - started };
    },
  };
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  try {
    const authPerMinute = readConfig({}).rateLimits.authPerMinute;
    console.log(
      `bench/abuse: ${HEALTH_REQUESTS} × GET /health and ${SIGNINS} sign-ins, quiet and under attack; ` +
        `AUTH_RATE_LIMIT ${authPerMinute} (the API's default) per client address`,
    );
    const backends = await startBackends(cleanup);
    const server = await startApi(backends, { ROLES: "serve", AUTH_RATE_LIMIT: String(authPerMinute) });
    cleanup.add("api", () => server.stop());
    const base = new URL(server.url);
    const org = await admitOrg(server.url, "Abuse Target", backends.mail);

    // The users who sign in (each from its own address), and the account the attacker guesses at.
    const users = Array.from({ length: USERS }, (_, i) => ({
      email: `user-${i}@abuse.test`,
      address: `127.0.1.${i + 1}`,
    }));
    for (const user of [...users, { email: "victim@abuse.test", address: "127.0.2.1" }]) {
      const signedUp = await request(base, "POST", "/auth/signup", user.address, {
        email: user.email,
        password: PASSWORD,
      });
      if (signedUp.status !== 201) throw new Error(`sign-up → ${signedUp.status}: ${signedUp.body}`);
    }
    let nextUser = 0;
    const signIn = () => {
      const user = users[nextUser++ % users.length] as (typeof users)[number];
      return request(base, "POST", "/auth/login", user.address, { email: user.email, password: PASSWORD });
    };
    const health = () => request(base, "GET", "/health", "127.0.0.1");
    // Warm-up: the first requests compile code paths and fill pools.
    await measure(50, health, 200);
    await measure(Math.min(USERS, 10), signIn, 200);

    // Quiet and attacked runs alternate, ROUNDS times, so that a change in this shared machine's
    // load between them weighs on both alike; each percentile is of all rounds' samples.
    type Samples = { health: number[]; signIns: number[] };
    const quiet: Samples = { health: [], signIns: [] };
    const attacked: Samples = { health: [], signIns: [] };
    const sample = async (into: Samples) => {
      into.health.push(...(await measure(Math.ceil(HEALTH_REQUESTS / ROUNDS), health, 200)));
      into.signIns.push(...(await measure(Math.ceil(SIGNINS / ROUNDS), signIn, 200)));
    };
    const uploads: { status: number; sent: number }[] = [];
    const guesses: number[] = [];
    let attackMs = 0;
    // The server's CPU time (user + system) and the wall time of each kind of run.
    const cpu = { quiet: { cpuMs: 0, ms: 0 }, attacked: { cpuMs: 0, ms: 0 } };
    const timed = async (into: { cpuMs: number; ms: number }, run: () => Promise<unknown>) => {
      const [cpuBefore, started] = [await cpuMsOf(server.child.pid), performance.now()];
      await run();
      into.cpuMs += (await cpuMsOf(server.child.pid)) - cpuBefore;
      into.ms += performance.now() - started;
    };
    for (let round = 0; round < ROUNDS; round++) {
      await timed(cpu.quiet, () => sample(quiet));
      const attack = await startAttackers(cleanup, server.url, org.id);
      await timed(cpu.attacked, () => sample(attacked));
      const report = await attack.stop();
      uploads.push(...report.uploads);
      guesses.push(...report.guesses);
      attackMs += report.ms;
    }

    const rows = [
      {
        measure: "GET /health p99 (ms)",
        quiet: quantile(quiet.health, 0.99),
        attacked: quantile(attacked.health, 0.99),
      },
      {
        measure: "GET /health p50 (ms)",
        quiet: quantile(quiet.health, 0.5),
        attacked: quantile(attacked.health, 0.5),
      },
      {
        measure: "sign-in p99 (ms)",
        quiet: quantile(quiet.signIns, 0.99),
        attacked: quantile(attacked.signIns, 0.99),
      },
      {
        measure: "sign-in p50 (ms)",
        quiet: quantile(quiet.signIns, 0.5),
        attacked: quantile(attacked.signIns, 0.5),
      },
    ];
    const sentPerUpload = uploads.map((u) => u.sent);
    const share = (run: { cpuMs: number; ms: number }) => `${((100 * run.cpuMs) / run.ms).toFixed(0)}%`;
    const perSecond = (n: number) => `${(n / (attackMs / 1000)).toFixed(0)}/s`;
    console.log(
      `\nattack: ${uploads.length} anonymous 20 MiB uploads, ${perSecond(uploads.length)} (${tally(uploads.map((u) => u.status))}); ` +
        `bytes handed to the socket before the answer, an upper bound of what the server read: ` +
        `median ${quantile(sentPerUpload, 0.5)}, max ${sentPerUpload.reduce((a, b) => Math.max(a, b), 0)} of ${UPLOAD_BYTES}; ` +
        `${guesses.length} wrong passwords, ${perSecond(guesses.length)} (${tally(guesses)}); ` +
        `the server's CPU: ${share(cpu.quiet)} of a core quiet, ${share(cpu.attacked)} under attack\n`,
    );
    printTable(
      ["measure", "quiet", "under attack", "ratio", "target", "met?"],
      rows.map((r) => {
        const ratio = r.attacked / r.quiet;
        const p99 = r.measure.includes("p99");
        return [
          r.measure,
          r.quiet.toFixed(1),
          r.attacked.toFixed(1),
          `${ratio.toFixed(2)}×`,
          p99 ? "≤ 2×" : "",
          p99 ? (ratio <= 2 ? "yes" : "NO") : "",
        ];
      }),
    );
    const file = await writeResults("abuse", {
      date: new Date().toISOString(),
      authPerMinute,
      rows,
      samples: { rounds: ROUNDS, health: quiet.health.length, signIns: quiet.signIns.length },
      attack: {
        uploads: uploads.length,
        uploadStatuses: tally(uploads.map((u) => u.status)),
        sentPerUploadMedian: quantile(sentPerUpload, 0.5),
        sentPerUploadMax: sentPerUpload.reduce((a, b) => Math.max(a, b), 0),
        wrongPasswords: guesses.length,
        seconds: attackMs / 1000,
        wrongPasswordStatuses: tally(guesses),
        serverCpu: cpu,
      },
    });
    console.log(`\nwrote ${file}`);
  } finally {
    await cleanup.stopAll();
  }
}

await main();
