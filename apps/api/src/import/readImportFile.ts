import { parse } from "csv-parse/sync";
import { findUnstorableString } from "../plugins/refuseUnstorableStrings.ts";
import { shown, storable } from "./cellChecks.ts";
import { COLUMNS, type ImportFormat, type ImportKind, type ImportProblem, type ImportRow } from "./types.ts";

export type ReadImportFileParameters = {
  kind: ImportKind;
  /** csv or xlsx (an EPCIS document is read by `checkEpcisEvents`). */
  format: Exclude<ImportFormat, "epcis">;
  content: Buffer;
  /** The most data rows a file may hold; more is one problem, and nothing is read further. */
  maxRows: number;
};
export type ReadImportFileReturnType = { rows: ImportRow[]; problems: ImportProblem[] };

/** The longest cell read, in characters: longer is a problem of its own, never stored. */
export const MAX_CELL_LENGTH = 2000;

/** A header as people write it, folded: `Expiry date`, `expiry_date` and `expiryDate` are one column. */
const fold = (name: string) => name.replace(/[\s_-]/g, "").toLowerCase();

/**
 * Reads a CSV (RFC 4180: quoted cells, quoted line breaks, CRLF, a leading BOM; `,` or `;` between
 * cells) or the first sheet of an XLSX workbook into rows of text cells by column, the header row
 * first. Header names are matched to the kind's columns whatever their case, spaces or
 * underscores; a column of no such name and a missing required column are problems of row 1. An
 * XLSX cell holding a formula is a problem (its value is whatever the formula last computed, and a
 * formula in a supplier's file is no record); dates typed as dates become `YYYY-MM-DD`. Empty rows
 * are skipped. exceljs is imported only when an XLSX file arrives.
 *
 * @example
 * const { rows, problems } = await readImportFile({ kind: "products", format: "csv", content, maxRows: 50_000 });
 */
export async function readImportFile({
  kind,
  format,
  content,
  maxRows,
}: ReadImportFileParameters): Promise<ReadImportFileReturnType> {
  const problems: ImportProblem[] = [];
  const table = format === "csv" ? readCsv(content, problems) : await readXlsx(content, problems);
  if (problems.length > 0) return { rows: [], problems };
  const [header, ...data] = table;
  if (!header || header.every((cell) => cell.text.trim() === "")) {
    return {
      rows: [],
      problems: [fileProblem("The file has no header row.", `Start from the ${kind} template.`)],
    };
  }
  const known = [...COLUMNS[kind].required, ...COLUMNS[kind].optional];
  const byFold = new Map(known.map((name) => [fold(name), name]));
  const columns = header.map((cell) => byFold.get(fold(cell.text.trim())));
  header.forEach((cell, at) => {
    const name = cell.text.trim();
    if (name === "" || columns[at] !== undefined) return;
    problems.push({
      row: 1,
      column: name.slice(0, 100),
      problem: `"${name.slice(0, 100)}" is not a column of a ${kind} import.`,
      fix: `Rename it to one of ${known.join(", ")}, or delete the column.`,
    });
  });
  for (const name of COLUMNS[kind].required) {
    if (!columns.includes(name)) {
      problems.push({
        row: 1,
        column: name,
        problem: `The column ${name} is missing.`,
        fix: `Add a column named ${name} (see the ${kind} template).`,
      });
    }
  }
  const rows: ImportRow[] = [];
  for (const line of data) {
    if (line.every((cell) => cell.text.trim() === "")) continue;
    if (rows.length === maxRows) {
      problems.push(
        fileProblem(
          `The file has more than ${maxRows} rows.`,
          `Split it into files of at most ${maxRows} rows.`,
        ),
      );
      break;
    }
    const row = line[0]?.row ?? 0;
    const cells = new Map<string, string>();
    line.forEach((cell, at) => {
      const column = columns[at];
      if (column === undefined) return;
      if (cell.formula) {
        problems.push({
          row,
          column,
          value: cell.formula.slice(0, 100),
          problem: "The cell holds a formula, not a value.",
          fix: "Replace the formula with the value itself (copy, then paste as values).",
        });
      }
      const text = cell.text.trim();
      if (findUnstorableString(text, column)) {
        problems.push({
          row,
          column,
          value: shown(text.slice(0, 100)),
          problem: "The cell holds a character that cannot be stored (a NUL or half of an emoji's code).",
          fix: "Retype the cell's text; the file may have been saved in another encoding than UTF-8.",
        });
      }
      // Shown, not as read: the checks and the database lookups that follow never see such a character.
      cells.set(column, storable(text));
    });
    rows.push({ row, cells });
  }
  return { rows, problems };
}

type Cell = { row: number; text: string; formula?: string };

function fileProblem(problem: string, fix: string): ImportProblem {
  return { row: 1, column: "", problem, fix };
}

function readCsv(content: Buffer, problems: ImportProblem[]): Cell[][] {
  const text = content.toString("utf8");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX_CELL_LENGTH * 64,
    }) as string[][];
    // Numbered as a spreadsheet shows the file: a record per row, whatever line breaks its quoted cells hold.
    return records.map((record, index) => record.map((text) => ({ row: index + 1, text })));
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    problems.push({
      row: line,
      column: "",
      problem: `The file is not a CSV this import can read from line ${line} on (${csvReason(error)}).`,
      fix: "Save it again as CSV UTF-8 from the spreadsheet, or check the quotes on that line.",
    });
    return [];
  }
}

function csvReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "CSV_QUOTE_NOT_CLOSED") return "a quote is opened and never closed";
  if (code === "CSV_INVALID_CLOSING_QUOTE") return "a quote is closed in the middle of a cell";
  if (code === "CSV_MAX_RECORD_SIZE") return "a row is far too long";
  return "its quotes or separators do not match";
}

async function readXlsx(content: Buffer, problems: ImportProblem[]): Promise<Cell[][]> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    problems.push(
      fileProblem(
        "The file is not an XLSX workbook.",
        "Save it from the spreadsheet as Excel Workbook (.xlsx).",
      ),
    );
    return [];
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (sheetRow, row) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= sheetRow.cellCount; column++) {
      cells.push({ row, ...xlsxCell(sheetRow.getCell(column).value) });
    }
    table.push(cells);
  });
  return table;
}

/** The text of an XLSX cell's value, and its formula when it has one. */
function xlsxCell(value: unknown): { text: string; formula?: string } {
  if (value === null || value === undefined) return { text: "" };
  if (value instanceof Date) {
    const iso = value.toISOString();
    return { text: iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso };
  }
  if (typeof value !== "object") return { text: String(value) };
  const object = value as {
    formula?: string;
    sharedFormula?: string;
    result?: unknown;
    richText?: { text: string }[];
    text?: unknown;
    hyperlink?: string;
    error?: string;
  };
  if (object.formula !== undefined || object.sharedFormula !== undefined) {
    return { text: xlsxCell(object.result).text, formula: `=${object.formula ?? object.sharedFormula}` };
  }
  if (Array.isArray(object.richText)) return { text: object.richText.map((part) => part.text).join("") };
  if (object.text !== undefined) return xlsxCell(object.text);
  if (object.error !== undefined) return { text: String(object.error) };
  return { text: "" };
}
