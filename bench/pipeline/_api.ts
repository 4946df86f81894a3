/**
 * Helpers shared by the benchmarks that drive the real API server (bench/api/run.ts,
 * bench/pipeline/throughput.ts): a private Postgres and a deployed anvil, the server as a child
 * process, an admitted organisation with an operator API key made through the API, EPCIS
 * documents, percentiles and the results file. Not a benchmark itself (the leading `_`).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeCheckDigit, type Deployment } from "@tracemark/sdk";
import {
  type DeployedChain,
  freePort,
  type MailSink,
  type PrivatePostgres,
  startDeployedChain,
  startMailSink,
  startPostgres,
} from "@tracemark/testkit";
import type pg from "pg";
import { callApi as api } from "../../scripts/lib/callApi.ts";

/** A JSON call to the API (`callApi`); throws with the response on a non-2xx status. */
export { api };

export const root = fileURLToPath(new URL("../..", import.meta.url));

/** Things to stop at the end, last started first; `stopAll` never throws. */
export class Cleanup {
  private readonly steps: { name: string; stop: () => unknown }[] = [];
  add(name: string, stop: () => unknown): void {
    this.steps.push({ name, stop });
  }
  async stopAll(): Promise<void> {
    for (const step of this.steps.reverse()) {
      try {
        await step.stop();
      } catch (error) {
        console.error(`stopping ${step.name} failed:`, error);
      }
    }
    this.steps.length = 0;
  }
}

export type Backends = { postgres: PrivatePostgres; chain: DeployedChain<Deployment>; mail: MailSink };

/**
 * A private Postgres cluster and an anvil with the contracts deployed, both stopped by `cleanup`.
 * `postgresSettings` are extra server settings.
 */
export async function startBackends(
  cleanup: Cleanup,
  postgresSettings: Record<string, string> = {},
): Promise<Backends> {
  const postgres = startPostgres(await freePort(), postgresSettings);
  cleanup.add("postgres", () => postgres.stop());
  const chain = await startDeployedChain<Deployment>();
  cleanup.add("anvil", () => chain.stop());
  // Sign-up mails a verification link: the API sends it here and `admitOrg` follows it.
  const mail = await startMailSink();
  cleanup.add("mail sink", () => mail.stop());
  return { postgres, chain, mail };
}

export type ApiServer = { url: string; child: ChildProcess; stop: () => Promise<void> };

export const BOOTSTRAP_ADMIN = { email: "bench-admin@tracemark.test", password: "bench admin password 1" };

/**
 * The real API (`node --import tsx apps/api/src/server.ts`) as a child process with `env` on top of
 * the benchmark defaults (warn logs, rate limits out of the way, a bootstrap platform admin);
 * resolves once `/ready` answers 200, or at once when its ROLES leave out `serve` (no HTTP then).
 */
export async function startApi(backends: Backends, env: Record<string, string>): Promise<ApiServer> {
  const port = await freePort();
  // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops (to find where time goes).
  const profile = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "apps/api/src/server.ts"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: backends.postgres.url,
      RPC_URL: backends.chain.anvil.rpcUrl,
      LOG_LEVEL: "warn",
      PUBLIC_RATE_LIMIT: "1000000000",
      AUTH_RATE_LIMIT: "1000000",
      SMTP_URL: backends.mail.smtpUrl,
      MAIL_POLL_MS: "100",
      BOOTSTRAP_ADMIN_EMAIL: BOOTSTRAP_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: BOOTSTRAP_ADMIN.password,
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  if (env.ROLES !== undefined && !env.ROLES.split(",").includes("serve")) return { url, child, stop };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it was ready`);
    const ok = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the API did not become ready within 120 s");
    }
    await sleep(200);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function session(base: string, path: string, account: object): Promise<Record<string, string>> {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`POST ${path} → ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("tm_session="));
  if (!cookie) throw new Error(`POST ${path}: no session cookie`);
  return { cookie: cookie.split(";")[0] ?? "" };
}

export type AdmittedOrg = { id: string; operator: Record<string, string> };

/**
 * Through the API: the bootstrap platform admin signs in, a supplier signs up, verifies their email
 * from the mail the sink received, and creates an organisation, the admin admits it, the supplier
 * creates an operator API key.
 */
export async function admitOrg(base: string, name: string, mail: MailSink): Promise<AdmittedOrg> {
  const admin = await session(base, "/auth/login", BOOTSTRAP_ADMIN);
  const account = {
    email: `${name.toLowerCase().replaceAll(/\W+/g, "-")}@tracemark.test`,
    password: "bench supplier password",
  };
  const after = mail.lastId();
  await api(base, {}, "POST", "/auth/signup", account);
  const verification = await mail.waitForMail({ to: account.email, subject: "Verify", after });
  const link = verification.links.find((l) => l.includes("/verify-email"));
  const token = link ? new URL(link).searchParams.get("token") : null;
  if (!token) throw new Error(`no verification link in the mail to ${account.email}`);
  await api(base, {}, "POST", "/auth/verify-email", { token });
  const supplier = await session(base, "/auth/login", account);
  const org = await api<{ id: string }>(base, supplier, "POST", "/orgs", { name });
  await api(base, admin, "POST", `/admin/organizations/${org.id}/admit`, {});
  const { key } = await api<{ key: string }>(base, supplier, "POST", `/orgs/${org.id}/api-keys`, {
    name: "bench operator",
    role: "operator",
  });
  return { id: org.id, operator: { authorization: `Bearer ${key}` } };
}

/** A lot of the bench: its GTIN, lot code and EPC class URN (`lgtinUri`). */
export type Lot = { gtin: string; lot: string; uri: string };

/** Products and lots of the organisation (SQL, like a master-data import). */
export async function seedLots(client: pg.Client, organizationId: string, lots: Lot[]): Promise<void> {
  await client.query(
    `WITH p AS (
       INSERT INTO products (id, "organizationId", gtin, name, "imageUrls", "updatedAt")
       SELECT gen_random_uuid(), $1, g, 'Product ' || g, '{}', now() FROM unnest($2::text[]) g RETURNING id, gtin)
     INSERT INTO lots (id, "organizationId", "productId", "lotCode", "updatedAt")
     SELECT gen_random_uuid(), $1, p.id, t.code, now() FROM unnest($2::text[], $3::text[]) t(gtin, code) JOIN p ON p.gtin = t.gtin`,
    [organizationId, lots.map((l) => l.gtin), lots.map((l) => l.lot)],
  );
}

/** Waits until the submitter has admitted the organisation on chain (its batches wait for that); 60 s at most. */
export async function waitForAdmissionOnChain(client: pg.Client, organizationId: string): Promise<void> {
  for (let i = 0; ; i += 1) {
    const { rows } = await client.query(
      `SELECT 1 FROM outbox WHERE kind = 'admit_organisation' AND "organizationId" = $1 AND "doneAt" IS NOT NULL`,
      [organizationId],
    );
    if (rows.length > 0) return;
    if (i > 600) throw new Error("the organisation was not admitted on chain within 60 s");
    await sleep(100);
  }
}

/** A valid GTIN-14 from a number (`prefix` keeps benchmarks' ranges apart). */
export function gtinOf(n: number, prefix = "1952"): string {
  const body = `${prefix}${String(n).padStart(13 - prefix.length, "0")}`;
  return body + computeCheckDigit(body);
}

/** The EPC class URN of a lot (`urn:epc:class:lgtin:<company>.<indicator+item>.<lot>`), 7-digit company prefix. */
export function lgtinUri(gtin: string, lot: string): string {
  return `urn:epc:class:lgtin:${gtin.slice(1, 8)}.${gtin[0]}${gtin.slice(8, 13)}.${lot}`;
}

/** An EPCIS 2.0 document of `events`. */
export function epcisDocument(events: object[]) {
  return {
    "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: new Date().toISOString(),
    epcisBody: { eventList: events },
  };
}

/** An ObjectEvent OBSERVE of a quantity of a lot; `ms` makes its time (and so its hash) distinct. */
export function observeEvent(epcClass: string, ms: number, bizStep = "inspecting") {
  return {
    type: "ObjectEvent",
    action: "OBSERVE",
    eventTime: new Date(Date.UTC(2026, 0, 1) + ms).toISOString(),
    eventTimeZoneOffset: "+00:00",
    bizStep: `urn:epcglobal:cbv:bizstep:${bizStep}`,
    disposition: "urn:epcglobal:cbv:disp:in_progress",
    readPoint: { id: "urn:epc:id:sgln:9520123.00001.0" },
    quantityList: [{ epcClass, quantity: 12.5, uom: "KGM" }],
  };
}

/** Polls a capture until it is finished; returns its final status and when it was seen finished. */
export async function waitForCapture(
  base: string,
  org: AdmittedOrg,
  captureId: string,
  pollMs = 25,
): Promise<{ status: string; at: number; body: unknown }> {
  for (;;) {
    const body = await api<{ status: string }>(
      base,
      org.operator,
      "GET",
      `/orgs/${org.id}/capture/${captureId}`,
    );
    if (body.status === "succeeded" || body.status === "failed") {
      return { status: body.status, at: performance.now(), body };
    }
    await sleep(pollMs);
  }
}

/** The q-quantile (0..1) of numbers, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Writes bench/results/<name>.json. */
export async function writeResults(name: string, results: unknown): Promise<string> {
  const dir = join(root, "bench/results");
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  await writeFile(
    file,
    `${JSON.stringify(results, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2)}\n`,
  );
  return file;
}

/** Prints rows as an aligned table. */
export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  for (const [n, row] of cells.entries()) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
    if (n === 0) console.log(widths.map((w) => "─".repeat(w)).join("  "));
  }
}
