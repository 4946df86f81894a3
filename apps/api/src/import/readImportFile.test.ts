import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { storable } from "./cellChecks.ts";
import { readImportFile } from "./readImportFile.ts";

/** What XML 1.0 cannot carry (C0 controls but tab and line ends, lone surrogates): an XLSX never holds it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const notInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/** A CSV cell as a spreadsheet writes it: quoted when it holds a quote, a separator or a line break. */
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Cells people and attackers put in files: any unicode, formulas, quotes, line breaks, huge ones. */
const cell = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://attacker.test","x")',
    "+1+1",
    "@SUM(A1)",
    '"',
    '""',
    "a,b",
    "line\r\nbreak",
    "line\nbreak",
    "\uFEFF",
    "\u202Eevil",
    "İı",
    "🍎🍏",
    "\u0000",
  ),
  fc.string({ minLength: 5000, maxLength: 20_000 }),
);

describe("readImportFile (fuzzed)", () => {
  test("a CSV written from any cells reads back the same cells, row by row, whatever its BOM and line ends", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom("\r\n", "\n"),
        async (rows, bom, eol) => {
          const text = [["gtin", "name"], ...rows].map((r) => r.map(csvCell).join(",")).join(eol);
          const { rows: read, problems } = await readImportFile({
            kind: "products",
            format: "csv",
            content: Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf8"),
            maxRows: 100,
          });
          // A NUL or half a surrogate pair is named as a problem of its cell; every other cell reads back as written.
          assert.equal(problems.length, rows.flat().filter((c) => storable(c) !== c).length);
          // Rows whose every cell is blank are skipped, as a spreadsheet's empty rows.
          const expected = rows
            .map((r, at) => ({ row: at + 2, cells: r.map((c) => storable(c.trim())) }))
            .filter(({ cells }) => cells.some((c) => c !== ""));
          assert.deepEqual(
            read.map((r) => ({ row: r.row, cells: [r.cells.get("gtin"), r.cells.get("name")] })),
            expected,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  test("an XLSX written from any text cells reads back the same cells", async () => {
    const { default: ExcelJS } = await import("exceljs");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 4 }), async (rows) => {
        const cells = rows.map((r) => r.map((c) => c.replace(notInXml, "x")));
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("products");
        sheet.addRow(["gtin", "name"]);
        for (const r of cells) sheet.addRow(r);
        const { rows: read, problems } = await readImportFile({
          kind: "products",
          format: "xlsx",
          content: Buffer.from(await workbook.xlsx.writeBuffer()),
          maxRows: 100,
        });
        assert.deepEqual(problems, []);
        // XML reads every line end as \n (its end-of-line handling).
        const expected = cells
          .map((r) => r.map((c) => c.replace(/\r\n?/g, "\n").trim()))
          .filter((r) => r.some((c) => c !== ""));
        assert.deepEqual(
          read.map((r) => [r.cells.get("gtin") ?? "", r.cells.get("name") ?? ""]),
          expected,
        );
      }),
      { numRuns: 40 },
    );
  });

  test("any bytes as CSV or XLSX give rows or problems, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.string({ unit: "binary", maxLength: 2000 }).map((s) => Buffer.from(s)),
        ),
        fc.constantFrom("csv" as const, "xlsx" as const),
        fc.constantFrom("products" as const, "locations" as const, "lots" as const, "events" as const),
        async (bytes, format, kind) => {
          const { problems } = await readImportFile({
            kind,
            format,
            content: Buffer.from(bytes),
            maxRows: 100,
          });
          for (const problem of problems) {
            assert.ok(
              problem.row >= 1 && problem.problem.length > 0 && problem.fix.length > 0,
              JSON.stringify(problem),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a quote never closed is one problem naming its line, and more rows than allowed stop the read", async () => {
    const open = await readImportFile({
      kind: "products",
      format: "csv",
      content: Buffer.from('gtin,name\r\n1,"unclosed\r\n2,b'),
      maxRows: 10,
    });
    assert.equal(open.problems.length, 1);
    assert.match(open.problems[0]?.problem ?? "", /quote is opened and never closed/);
    const many = await readImportFile({
      kind: "products",
      format: "csv",
      content: Buffer.from(`gtin,name\r\n${"1,a\r\n".repeat(11)}`),
      maxRows: 10,
    });
    assert.match(JSON.stringify(many.problems), /more than 10 rows/);
  });
});
