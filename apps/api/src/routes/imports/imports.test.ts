import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { checkProductRows } from "../../import/checkMasterDataRows.ts";
import { STRANDED_IMPORT_PROBLEM } from "../../import/failStrandedImport.ts";
import { type Credentials, call, createUser } from "../../testing/actors.ts";
import type { TestApp } from "../../testing/buildTestApp.ts";
import { createLocation, createLot, uniqueGln, uniqueGtin } from "../../testing/captureFixtures.ts";
import { holdTableLock } from "../../testing/holdTableLock.ts";
import { csvOf, finishedImport } from "../../testing/importFixtures.ts";
import { waitFor } from "../../testing/localChain.ts";
import { testAppWithActors } from "../../testing/suite.ts";

const importEntry = fileURLToPath(new URL("../../testing/runImportJob.ts", import.meta.url));

/** `POST /orgs/:orgId/imports?query` of `file` as `who`, sent as `contentType` (CSV unless given). */
const postImport = (
  t: TestApp,
  who: Credentials,
  orgId: string,
  query: string,
  file: string | Buffer,
  contentType = "text/csv",
) =>
  t.app.inject({
    method: "POST",
    url: `/orgs/${orgId}/imports?${query}`,
    headers: { ...who.headers, "content-type": contentType },
    payload: file,
  });

describe("imports", () => {
  const { t, a } = testAppWithActors();

  /** Posts a file as `who` (organisation A's operator by default) and waits for the job to finish. */
  async function importFile(
    query: string,
    file: string | Buffer,
    who: Credentials = a.orgA.users.operator,
    orgId = a.orgA.id,
  ) {
    const response = await postImport(t, who, orgId, query, file);
    assert.equal(response.statusCode, 202, response.body);
    assert.equal(response.headers.location, `/orgs/${orgId}/imports/${response.json().id}`);
    await finishedImport(t.db, response.json().id);
    const job = await call(t.app, who, "GET", String(response.headers.location));
    assert.equal(job.statusCode, 200, job.body);
    return job.json();
  }
  const lotCount = () => t.db.prisma.lot.count({ where: { organizationId: a.orgA.id } });

  test("a lots file with five kinds of mistakes lists every one, a row's two problems included, and writes nothing", async () => {
    const { gtin } = await createLot(t, a.orgA.id, "EXISTING");
    const foreign = await createLot(t, a.orgB.id);
    const badCheckDigit = `${gtin.slice(0, -1)}${(Number(gtin.at(-1)) + 1) % 10}`;
    const file = csvOf(
      ["gtin", "lot", "productionDate", "expiryDate", "quantity", "unit"],
      [
        [gtin, "A1", "2026-03-01", "2026-12-31", "10", "KGM"],
        [badCheckDigit, "A2", "2026-02-30", "", "", ""],
        [uniqueGtin(), "A3", "", "", "", ""],
        [gtin, "A1", "", "", "", ""],
        [gtin, "EXISTING", "", "", "", ""],
        [gtin, "A4", "", "", "5", "kg"],
        [foreign.gtin, "A5", "", "", "", ""],
      ],
    );
    const before = await lotCount();
    const job = await importFile("kind=lots&format=csv", file);
    assert.equal(job.phase, "failed");
    const found = job.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`);
    assert.deepEqual(found, ["3:gtin", "3:productionDate", "4:gtin", "5:lot", "6:lot", "7:unit", "8:gtin"]);
    const text = JSON.stringify(job.problems);
    assert.match(text, /check digit of GTIN .* must be/);
    assert.match(text, /30 February 2026 does not exist/);
    assert.match(text, /is not one of your products/);
    assert.match(text, /also on row 2/);
    assert.match(text, /already recorded/);
    assert.match(text, /Write KGM/);
    assert.match(text, /another organisation's product/);
    for (const problem of job.problems) assert.ok(problem.fix.length > 0, JSON.stringify(problem));
    assert.equal(job.writtenRows, 0);
    assert.equal(await lotCount(), before, "nothing written");
  });

  test("the fixed file imports every lot, and they are in the lot list", async () => {
    const { gtin } = await createLot(t, a.orgA.id);
    const newGtin = uniqueGtin();
    const file = csvOf(
      ["GTIN", "Lot", "Production date", "expiry_date", "quantity", "unit", "productName"],
      [
        [gtin, "F1", "2026-03-01", "2026-12-31", "10.5", "KGM", ""],
        [gtin, "F2", "2028-02-29", "", "", "", ""],
        [newGtin, "F3", "", "", "", "", "New apples"],
      ],
    );
    const refused = await importFile("kind=lots&format=csv", file);
    assert.equal(refused.phase, "failed", "a new product only when the file asks for it");
    assert.match(JSON.stringify(refused.problems), /create missing products/);
    const job = await importFile("kind=lots&format=csv&createMissing=true", file);
    assert.equal(job.phase, "succeeded", JSON.stringify(job.problems));
    assert.deepEqual([job.rowCount, job.checkedRows, job.writtenRows], [3, 3, 3]);
    const lots = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/lots?limit=200`);
    const codes = lots.json().items.map((lot: { lotCode: string }) => lot.lotCode);
    for (const code of ["F1", "F2", "F3"]) assert.ok(codes.includes(code), `${code} in ${codes}`);
    const product = await t.db.prisma.product.findUniqueOrThrow({ where: { gtin: newGtin } });
    assert.equal(product.name, "New apples");
    assert.equal(product.organizationId, a.orgA.id);
  });

  test("events: an unknown lot is refused unless the file asks to create it; another organisation's lot never joins", async () => {
    const own = await createLot(t, a.orgA.id);
    const place = await createLocation(t, a.orgA.id);
    const foreign = await createLot(t, a.orgB.id);
    const header = ["gtin", "lot", "bizStep", "eventTime", "quantity", "unit", "locationGln"];
    const row = (gtin: string, lot: string, time: string, gln = place.gln ?? "") => [
      gtin,
      lot,
      "storing",
      time,
      "3",
      "KGM",
      gln,
    ];
    const events = () => t.db.prisma.event.count({ where: { organizationId: a.orgA.id } });
    const before = await events();
    const refused = await importFile(
      "kind=events&format=csv",
      csvOf(header, [
        row(own.gtin, own.lotCode, "2026-03-01T10:00:00+01:00"),
        row(own.gtin, "NEW-LOT", "2026-03-01T11:00:00+01:00"),
        row(foreign.gtin, foreign.lotCode, "2026-03-01T12:00:00+01:00"),
        row(own.gtin, own.lotCode, "2026-03-01T13:00:00", uniqueGln()),
      ]),
    );
    assert.equal(refused.phase, "failed");
    const text = JSON.stringify(refused.problems);
    assert.match(text, /Lot NEW-LOT .* is not recorded/);
    assert.match(text, /another organisation's and was not shipped to you/);
    assert.match(text, /no time zone/);
    assert.match(text, /none of your locations/);
    assert.equal(await events(), before, "nothing written");

    const created = await importFile(
      "kind=events&format=csv&createMissing=true",
      csvOf(header, [
        row(own.gtin, own.lotCode, "2026-03-01T10:00:00+01:00"),
        row(own.gtin, "NEW-LOT", "2026-03-01T11:00:00+01:00"),
      ]),
    );
    assert.equal(created.phase, "succeeded", JSON.stringify(created.problems));
    assert.equal(await events(), before + 2);
    const lot = await t.db.prisma.lot.findFirstOrThrow({
      where: { productId: own.product.id, lotCode: "NEW-LOT" },
    });
    assert.equal(
      await t.db.prisma.event.count({ where: { lotId: lot.id } }),
      1,
      "the event joined the created lot",
    );
    const again = await importFile(
      "kind=events&format=csv",
      csvOf(header, [row(own.gtin, own.lotCode, "2026-03-01T10:00:00+01:00")]),
    );
    assert.match(JSON.stringify(again.problems), /already recorded/);
  });

  test("an EPCIS document's events are checked like rows: a lot of another organisation is named by its event", async () => {
    const foreign = await createLot(t, a.orgB.id);
    const own = await createLot(t, a.orgA.id);
    const event = (gtin: string, lot: string, minute: number) => ({
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: `2026-04-01T10:${String(minute).padStart(2, "0")}:00Z`,
      eventTimeZoneOffset: "+00:00",
      quantityList: [{ epcClass: `https://id.gs1.org/01/${gtin}/10/${lot}`, quantity: 1, uom: "KGM" }],
      bizStep: "storing",
    });
    const document = (events: unknown[]) =>
      JSON.stringify({
        "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
        type: "EPCISDocument",
        schemaVersion: "2.0",
        creationDate: "2026-04-01T12:00:00Z",
        epcisBody: { eventList: events },
      });
    const refused = await importFile(
      "kind=events&format=epcis",
      document([event(own.gtin, own.lotCode, 1), event(foreign.gtin, foreign.lotCode, 2)]),
    );
    assert.equal(refused.phase, "failed");
    assert.deepEqual(
      refused.problems.map((p: { row: number }) => p.row),
      [2],
    );
    const done = await importFile("kind=events&format=epcis", document([event(own.gtin, own.lotCode, 3)]));
    assert.equal(done.phase, "succeeded", JSON.stringify(done.problems));
  });

  test("products and locations: duplicates in the file and in the database, formulas, countries and coordinates", async () => {
    const known = await createLot(t, a.orgA.id);
    const gtin = uniqueGtin();
    const products = await importFile(
      "kind=products&format=csv",
      csvOf(
        ["gtin", "name", "category"],
        [
          [gtin, "Pears", "Fruit"],
          [gtin, "Pears again", ""],
          [known.gtin, "Known", ""],
          [uniqueGtin(), "=cmd|' /C calc'!A0", ""],
          [uniqueGtin(), "", ""],
        ],
      ),
    );
    assert.deepEqual(
      products.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`),
      ["3:gtin", "4:gtin", "5:name", "6:name"],
    );
    assert.match(JSON.stringify(products.problems), /runs as a formula/);
    const gln = uniqueGln();
    const locations = await importFile(
      "kind=locations&format=csv",
      csvOf(
        ["name", "gln", "country", "latitude", "longitude", "colour"],
        [
          ["Packhouse", gln, "FR", "47.1", "-0.5"],
          ["Twin", gln, "France", "91", ""],
        ],
      ),
    );
    const where = locations.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`);
    assert.deepEqual(where, ["1:colour", "3:gln", "3:country", "3:longitude", "3:latitude"]);
    const ok = await importFile(
      "kind=locations&format=csv",
      csvOf(["name", "gln", "country"], [["Packhouse", gln, "FR"]]),
    );
    assert.equal(ok.phase, "succeeded", JSON.stringify(ok.problems));
  });

  test("an import whose process is killed mid-import is failed when next read (nothing written, import again), not left checking", {
    timeout: 120_000,
  }, async () => {
    const gtin = uniqueGtin();
    // The products table held by the test: the job's process checks the file, and waits there.
    const lock = holdTableLock(t.db, "products");
    const importer = spawn(process.execPath, ["--import", "tsx", importEntry, a.orgA.id, gtin], {
      env: { ...process.env, LOG_LEVEL: "silent", DATABASE_URL: t.db.url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise((resolve) => importer.once("exit", resolve));
    let printed = "";
    importer.stdout.on("data", (chunk) => {
      printed += chunk;
    });
    const read = async () => {
      const job = await call(
        t.app,
        a.orgA.users.viewer,
        "GET",
        `/orgs/${a.orgA.id}/imports/${printed.trim()}`,
      );
      assert.equal(job.statusCode, 200, job.body);
      return job.json();
    };
    try {
      await waitFor(async () => printed.endsWith("\n"), "the import's process to create its job", 60_000);
      assert.equal((await read()).phase, "checking", "a job whose process runs is not taken from it");
      importer.kill("SIGKILL");
      await exited;
    } finally {
      importer.kill("SIGKILL");
      await lock.release();
    }
    // The killed process's connection closes as Postgres notices it; the job is failed at the first reading after.
    await waitFor(async () => (await read()).phase === "failed", "the stranded job to be failed", 30_000);
    const job = await read();
    assert.deepEqual(job.problems, [STRANDED_IMPORT_PROBLEM]);
    assert.ok(job.finishedAt);
    assert.equal(
      await t.db.prisma.product.count({ where: { gtin: { in: [gtin, gtin.padStart(14, "0")] } } }),
      0,
    );
  });

  test("every kind's template, CSV and XLSX, imports cleanly as downloaded", async () => {
    await createLot(t, a.orgA.id);
    await createLocation(t, a.orgA.id);
    for (const kind of ["products", "locations", "lots", "events"]) {
      for (const format of ["csv", "xlsx"]) {
        const template = await call(
          t.app,
          a.orgA.users.viewer,
          "GET",
          `/orgs/${a.orgA.id}/imports/templates/${kind}?format=${format}`,
        );
        assert.equal(template.statusCode, 200, template.body);
        assert.equal(template.headers["import-create-missing"], "false");
        const job = await importFile(`kind=${kind}&format=${format}`, template.rawPayload);
        assert.equal(job.phase, "succeeded", `${kind} ${format}: ${JSON.stringify(job.problems)}`);
        assert.equal(job.writtenRows, 1);
      }
    }
  });

  test("the events template of an organisation with no products yet imports cleanly, creating its product and lot", async () => {
    for (const format of ["csv", "xlsx"]) {
      const org = await t.db.prisma.organization.create({ data: { name: `New grower ${format}` } });
      const operator = await createUser(t, `new grower ${format} operator`);
      await t.db.prisma.membership.create({
        data: { userId: operator.userId, organizationId: org.id, role: "operator" },
      });
      const template = await call(
        t.app,
        operator,
        "GET",
        `/orgs/${org.id}/imports/templates/events?format=${format}`,
      );
      assert.equal(template.statusCode, 200, template.body);
      assert.equal(template.headers["import-create-missing"], "true");
      const job = await importFile(
        `kind=events&format=${format}&createMissing=true`,
        template.rawPayload,
        operator,
        org.id,
      );
      assert.equal(job.phase, "succeeded", `${format}: ${JSON.stringify(job.problems)}`);
      assert.equal(job.writtenRows, 1);
      assert.equal(await t.db.prisma.product.count({ where: { organizationId: org.id } }), 1, format);
      assert.equal(await t.db.prisma.lot.count({ where: { organizationId: org.id } }), 1, format);
      assert.equal(await t.db.prisma.event.count({ where: { organizationId: org.id } }), 1, format);
    }
  });

  test("an events row naming an unknown GTIN without productName is refused even with createMissing, naming the fix", async () => {
    const job = await importFile(
      "kind=events&format=csv&createMissing=true",
      csvOf(
        ["gtin", "lot", "bizStep", "eventTime"],
        [[uniqueGtin(), "L1", "storing", "2026-09-14T08:00:00Z"]],
      ),
    );
    assert.equal(job.phase, "failed");
    assert.deepEqual(
      job.problems.map((p: { row: number; column: string; fix: string }) => [p.row, p.column]),
      [[2, "lot"]],
    );
    assert.match(job.problems[0].fix, /productName/);
  });

  test("an XLSX cell holding a formula is a problem, not its last result", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("products");
    sheet.addRow(["gtin", "name"]);
    sheet.addRow([uniqueGtin(), { formula: 'HYPERLINK("http://attacker.test","Apples")', result: "Apples" }]);
    const job = await importFile("kind=products&format=xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    assert.equal(job.phase, "failed");
    assert.deepEqual(
      job.problems.map((p: { row: number; column: string; problem: string }) => [p.row, p.column, p.problem]),
      [[2, "name", "The cell holds a formula, not a value."]],
    );
  });

  test("checking reports its progress block by block, not only at the end", async () => {
    const rows = Array.from({ length: 1200 }, (_, n) => ({
      row: n + 2,
      cells: new Map([
        ["gtin", uniqueGtin()],
        ["name", `Product ${n}`],
      ]),
    }));
    const seen: number[] = [];
    const { problems, plan } = await checkProductRows(
      {
        db: t.db,
        organizationId: a.orgA.id,
        createMissing: false,
        onChecked: async (n) => void seen.push(n),
      },
      rows,
    );
    assert.deepEqual(problems, []);
    assert.equal(plan.length, 1200);
    assert.deepEqual(seen, [500, 1000, 1200]);
  });

  test("fuzzed files of every kind end checked or imported, never on a fault of ours", async () => {
    const { gtin, lotCode } = await createLot(t, a.orgA.id);
    const cell = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom(
        gtin,
        lotCode,
        "=cmd|' /C calc'!A0",
        "2026-02-29",
        "2026-03-04T10:00:00Z",
        "KGM",
        "1,5",
        "shipping",
        "\u0000",
        "9".repeat(400),
      ),
    );
    const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("products", "locations", "lots", "events"),
        fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (kind, rows, createMissing) => {
          const header = {
            products: ["gtin", "name", "description", "category", "commodity", "variety", "gtin2", "x"],
            locations: ["name", "gln", "street", "city", "postalCode", "country", "latitude", "longitude"],
            lots: ["gtin", "lot", "productionDate", "expiryDate", "quantity", "unit", "productName", "x"],
            events: ["gtin", "lot", "bizStep", "eventTime", "disposition", "quantity", "unit", "locationGln"],
          }[kind];
          const file = [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n");
          const job = await importFile(`kind=${kind}&format=csv&createMissing=${createMissing}`, file);
          assert.ok(["succeeded", "failed"].includes(job.phase));
          for (const problem of job.problems) {
            assert.doesNotMatch(problem.problem, /fault of ours/, JSON.stringify(problem));
            assert.ok(problem.fix.length > 0 && problem.row >= 1, JSON.stringify(problem));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  test("a file that is not what it says, an empty body, and another organisation's job", async () => {
    const notXlsx = await importFile("kind=products&format=xlsx", "gtin,name\r\n");
    assert.match(JSON.stringify(notXlsx.problems), /not an XLSX workbook/);
    const notJson = await importFile("kind=events&format=epcis", "{");
    assert.match(JSON.stringify(notJson.problems), /not JSON/);
    const nul = await importFile(
      "kind=events&format=epcis",
      '{"type":"EPCISDocument","epcisBody":{"eventList":[{"type":"ObjectEvent","bizStep":"a:\\u0000"}]}}',
    );
    assert.match(JSON.stringify(nul.problems), /NUL character .* cannot be stored/);
    assert.equal(nul.problems[0].column, "epcisBody.eventList[0].bizStep");
    const empty = await postImport(t, a.orgA.users.operator, a.orgA.id, "kind=lots&format=csv", "");
    assert.equal(empty.statusCode, 422);
    assert.match(empty.headers["content-type"] ?? "", /application\/problem\+json/);
    const epcisLots = await postImport(
      t,
      a.orgA.users.operator,
      a.orgA.id,
      "kind=lots&format=epcis",
      "{}",
      "application/json",
    );
    assert.equal(epcisLots.statusCode, 422);
    const job = await importFile(
      "kind=products&format=csv",
      "gtin,name\r\n",
      a.orgB.users.operator,
      a.orgB.id,
    );
    const peek = await call(t.app, a.orgA.users.admin, "GET", `/orgs/${a.orgA.id}/imports/${job.id}`);
    assert.equal(peek.statusCode, 404);
  });
});

describe("a burst of imports", () => {
  const { t, a } = testAppWithActors({ imports: { running: 2, runningPerOrganization: 1 } });

  const post = (who: Credentials, orgId: string, file: string) =>
    postImport(t, who, orgId, "kind=products&format=csv", file);
  const productsFile = (rows: number) =>
    csvOf(
      ["gtin", "name"],
      Array.from({ length: rows }, (_, i) => [uniqueGtin(), `Burst product ${i}`]),
    );

  test("beyond one running import per organisation and two per server, imports are refused with 429, the service keeps answering, and every accepted one finishes whole", async () => {
    const third = await createUser(t, "third-org-admin");
    const thirdOrg = await call(t.app, third, "POST", "/orgs", { name: "Third import org" });
    assert.equal(thirdOrg.statusCode, 201, thirdOrg.body);
    // While the test holds the products table, accepted imports check their rows but cannot write
    // them: they keep running (and their slots) until it lets go, however fast the machine.
    const { running, other } = await t.db.withSession(async (session) => {
      await session.exec("BEGIN");
      await session.exec("LOCK TABLE products IN EXCLUSIVE MODE");
      try {
        const burst = await Promise.all(
          Array.from({ length: 8 }, () => post(a.orgA.users.operator, a.orgA.id, productsFile(500))),
        );
        const accepted = burst.filter((r) => r.statusCode === 202);
        const refused = burst.filter((r) => r.statusCode === 429);
        assert.equal(accepted.length, 1, burst.map((r) => r.statusCode).join());
        assert.equal(refused.length, 7);
        for (const response of refused) {
          assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/);
          assert.equal(response.headers["retry-after"], "10");
          assert.match(response.json().detail, /at most 1 per organisation and 2 on this server/);
        }
        const other = await post(a.orgB.users.operator, a.orgB.id, productsFile(500));
        assert.equal(other.statusCode, 202, "another organisation still has a slot");
        const full = await post(third, thirdOrg.json().id, productsFile(10));
        assert.equal(full.statusCode, 429, "the server's two slots are taken");
        const list = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/products`);
        assert.equal(list.statusCode, 200, "other requests are answered while imports run");
        return { running: accepted[0]?.json().id as string, other: other.json().id as string };
      } finally {
        await session.exec("COMMIT");
      }
    });

    for (const id of [running, other]) {
      const job = await finishedImport(t.db, id);
      assert.equal(job.phase, "succeeded", JSON.stringify(job.problems));
      assert.equal(job.writtenRows, 500);
    }
    assert.equal(
      await t.db.prisma.product.count({ where: { name: { startsWith: "Burst product" } } }),
      1_000,
    );
    await waitFor(
      async () => (await post(third, thirdOrg.json().id, productsFile(10))).statusCode === 202,
      "a slot free again once the imports have ended",
    );
  });
});
