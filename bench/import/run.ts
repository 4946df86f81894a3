/**
 * Benchmark of imports (issue 18: 10,000 rows in under 10 s): BENCH_ROWS (default 10,000) rows of
 * each kind, products, locations, lots (of those products) and events (of those lots, at those
 * locations), imported from CSV through the real app (`POST /orgs/:orgId/imports`, then the job
 * followed to its end), and the products again from XLSX. Prints rows/s and the API process's CPU
 * seconds per kind (the target is measured on a quiet machine: CPU time says what a busy one hides),
 * beside a baseline for the master data: the same rows written by one `createMany` each, the floor
 * of the writing phase. Writes bench/results/import.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildTestApp, createActors, finishedImport } from "@tracemark/api/testing";
import { computeCheckDigit } from "@tracemark/sdk";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const withCheck = (base: string) => `${base}${computeCheckDigit(base)}`;
const gtinOf = (n: number, prefix = "0952077") => withCheck(`${prefix}${String(n).padStart(6, "0")}`);
const glnOf = (n: number) => withCheck(`952077${String(n).padStart(6, "0")}`);
const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(",")).join("\r\n");

const t = await buildTestApp();
try {
  const a = await createActors(t);
  const org = a.orgA.id;
  const who = a.orgA.users.operator.headers;
  const range = Array.from({ length: ROWS }, (_, n) => n);

  /** Imports a file and follows the job; seconds of wall clock and of this process's CPU. */
  async function timedImport(query: string, file: Buffer | string) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const response = await t.app.inject({
      method: "POST",
      url: `/orgs/${org}/imports?${query}`,
      headers: { ...who, "content-type": "application/octet-stream" },
      payload: file,
    });
    if (response.statusCode !== 202)
      throw new Error(`import answered ${response.statusCode}: ${response.body}`);
    const job = await finishedImport(t.db, response.json().id);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (job.phase !== "succeeded")
      throw new Error(`${query}: ${JSON.stringify(job.problems).slice(0, 1000)}`);
    return { rows: job.writtenRows, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
  }
  async function timedBaseline(write: () => Promise<unknown>) {
    const started = performance.now();
    await write();
    return (performance.now() - started) / 1000;
  }

  const results: Record<string, Record<string, number>> = {};
  const report = (
    name: string,
    run: { rows: number; seconds: number; cpuSeconds: number },
    baseline?: number,
  ) => {
    results[name] = {
      rows: run.rows,
      seconds: Number(run.seconds.toFixed(2)),
      rowsPerSecond: Math.round(run.rows / run.seconds),
      apiCpuSeconds: Number(run.cpuSeconds.toFixed(2)),
      ...(baseline === undefined
        ? {}
        : {
            baselineSeconds: Number(baseline.toFixed(2)),
            ratioToBaseline: Number((run.seconds / baseline).toFixed(1)),
          }),
    };
  };

  const productBaseline = await timedBaseline(() =>
    t.db.prisma.product.createMany({
      data: range.map((n) => ({
        organizationId: a.orgB.id,
        gtin: gtinOf(n, "0952078"),
        name: `Baseline ${n}`,
      })),
    }),
  );
  report(
    "products (csv)",
    await timedImport(
      "kind=products&format=csv",
      csv(
        ["gtin", "name", "category"],
        range.map((n) => [gtinOf(n), `Apples ${n}`, "Fruit"]),
      ),
    ),
    productBaseline,
  );

  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("products");
  sheet.addRow(["gtin", "name"]);
  for (const n of range) sheet.addRow([gtinOf(n, "0952079"), `Pears ${n}`]);
  report(
    "products (xlsx)",
    await timedImport("kind=products&format=xlsx", Buffer.from(await workbook.xlsx.writeBuffer())),
  );

  const locationBaseline = await timedBaseline(() =>
    t.db.prisma.location.createMany({
      data: range.map((n) => ({ organizationId: a.orgB.id, gln: glnOf(n), name: `Baseline ${n}` })),
    }),
  );
  report(
    "locations (csv)",
    await timedImport(
      "kind=locations&format=csv",
      csv(
        ["gln", "name", "country"],
        range.map((n) => [glnOf(n), `Site ${n}`, "FR"]),
      ),
    ),
    locationBaseline,
  );

  const baselineProduct = await t.db.prisma.product.findFirstOrThrow({
    where: { organizationId: a.orgB.id },
  });
  const lotBaseline = await timedBaseline(() =>
    t.db.prisma.lot.createMany({
      data: range.map((n) => ({
        organizationId: a.orgB.id,
        productId: baselineProduct.id,
        lotCode: `B-${n}`,
      })),
    }),
  );
  report(
    "lots (csv)",
    await timedImport(
      "kind=lots&format=csv",
      csv(
        ["gtin", "lot", "expiryDate", "quantity", "unit"],
        range.map((n) => [gtinOf(n % 100), `L-${n}`, "2027-01-31", "100", "KGM"]),
      ),
    ),
    lotBaseline,
  );

  report(
    "events (csv)",
    await timedImport(
      "kind=events&format=csv",
      csv(
        ["gtin", "lot", "bizStep", "eventTime", "quantity", "unit", "locationGln"],
        range.map((n) => [
          gtinOf(n % 100),
          `L-${n}`,
          "storing",
          new Date(Date.UTC(2026, 2, 1) + n * 1000).toISOString(),
          "100",
          "KGM",
          glnOf(n % 50),
        ]),
      ),
    ),
  );

  console.table(results);
  mkdirSync(new URL("../results/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../results/import.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  await t.close();
}
