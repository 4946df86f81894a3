import type { Database } from "@tracemark/db";
import { storeEvents } from "../capture/storeEvents.ts";
import { ForeignReferenceError } from "../errors/foreignReference.ts";
import { ReusedEventIdError } from "../errors/reusedEventId.ts";
import { findUnstorableString } from "../plugins/refuseUnstorableStrings.ts";
import { shown } from "./cellChecks.ts";
import { checkEpcisEvents, checkEventRows, type EventPlan, type NewLot } from "./checkEventRows.ts";
import {
  type CheckContext,
  checkLocationRows,
  checkLotRows,
  checkProductRows,
  type LocationPlan,
  type LotPlan,
  type NewProduct,
  type ProductPlan,
} from "./checkMasterDataRows.ts";
import { readImportFile } from "./readImportFile.ts";
import type { ImportFormat, ImportKind, ImportProblem } from "./types.ts";

export type RunImportParameters = {
  importId: string;
  organizationId: string;
  kind: ImportKind;
  format: ImportFormat;
  content: Buffer;
  createMissing: boolean;
  maxRows: number;
};

/** Rows written per statement, and per progress step of the writing phase. */
const WRITE_BLOCK = 1000;

type Plan =
  | { kind: "products"; rows: ProductPlan[] }
  | { kind: "locations"; rows: LocationPlan[] }
  | { kind: "lots"; rows: LotPlan[]; newProducts: NewProduct[] }
  | { kind: "events"; rows: EventPlan[]; newLots: NewLot[] };

/**
 * Runs an import job (`imports` row `importId`, phase `checking`): reads the file, checks every
 * row (every problem of every row, with row, column, value, problem and fix), and only when no row
 * has a problem writes them all in one transaction (events through `storeEvents`, the capture
 * path, with its tenancy rules). The job's `checkedRows` and `writtenRows` move as the work does;
 * it ends `succeeded`, or `failed` with its problems and nothing written.
 *
 * @example
 * await runImport(db, { importId, organizationId, kind: "lots", format: "csv", content, createMissing: false, maxRows: 50_000 });
 */
export async function runImport(db: Database, parameters: RunImportParameters): Promise<void> {
  const { importId } = parameters;
  try {
    const { problems, plan } = await check(db, parameters);
    if (problems.length > 0) return await fail(db, importId, problems);
    const writing = await db.prisma.import.updateMany({
      where: { id: importId, phase: "checking" },
      data: { phase: "writing" },
    });
    // Failed meanwhile as stranded (`failStrandedImport`: this process lost its lock): nothing to write.
    if (writing.count === 0) return;
    const written = await write(db, parameters.organizationId, importId, plan);
    if (Array.isArray(written)) return await fail(db, importId, written);
  } catch (error) {
    if (error instanceof ImportNoLongerWriting) return;
    await fail(db, importId, [
      {
        row: 1,
        column: "",
        problem: "The import stopped on a fault of ours; nothing was written.",
        fix: "Try again in a minute; if it keeps failing, tell us the import's id.",
      },
    ]).catch(() => {});
    throw error;
  }
}

async function fail(db: Database, importId: string, problems: ImportProblem[]) {
  // Values of the file reach the problems' words too: none may carry what jsonb refuses.
  const stored = problems.map(({ row, column, value, problem, fix }) => ({
    row,
    column: shown(column),
    ...(value === undefined ? {} : { value: shown(value) }),
    problem: shown(problem),
    fix: shown(fix),
  }));
  await db.prisma.import.updateMany({
    where: { id: importId, phase: { in: ["checking", "writing"] } },
    data: { phase: "failed", problems: stored, finishedAt: new Date() },
  });
}

/** The job was failed as stranded while its rows were being written: they are rolled back. */
class ImportNoLongerWriting extends Error {
  constructor() {
    super("the import was failed as stranded while writing");
  }
}

async function check(
  db: Database,
  { importId, organizationId, kind, format, content, createMissing, maxRows }: RunImportParameters,
): Promise<{ problems: ImportProblem[]; plan: Plan }> {
  const context: CheckContext = {
    db,
    organizationId,
    createMissing,
    onChecked: async (checkedRows) => {
      await db.prisma.import.update({ where: { id: importId }, data: { checkedRows } });
    },
  };
  if (format === "epcis") {
    let document: unknown;
    try {
      document = JSON.parse(content.toString("utf8"));
    } catch {
      const problem = {
        row: 1,
        column: "",
        problem: "The file is not JSON.",
        fix: "Export the events as an EPCIS 2.0 JSON document.",
      };
      return { problems: [problem], plan: { kind: "events", rows: [], newLots: [] } };
    }
    const unstorable = findUnstorableString(document, "");
    if (unstorable) {
      const problem = {
        row: 1,
        column: unstorable.field.replace(/^\./, ""),
        problem: `A text of the document ${unstorable.message}, which cannot be stored.`,
        fix: "Export the events again; the file may have been damaged.",
      };
      return { problems: [problem], plan: { kind: "events", rows: [], newLots: [] } };
    }
    const checked = await checkEpcisEvents(context, document, maxRows);
    await db.prisma.import.update({ where: { id: importId }, data: { rowCount: checked.rowCount } });
    return {
      problems: checked.problems,
      plan: { kind: "events", rows: checked.plan, newLots: checked.newLots },
    };
  }
  const read = await readImportFile({ kind, format, content, maxRows });
  await db.prisma.import.update({ where: { id: importId }, data: { rowCount: read.rows.length } });
  if (read.rows.length === 0 && read.problems.length === 0) {
    read.problems.push({
      row: 2,
      column: "",
      problem: "The file has no rows under its header.",
      fix: "Add a row per item.",
    });
  }
  const rows = read.rows;
  // Rows are checked even when the file has problems of its own (a missing column), to list them all.
  if (kind === "products") {
    const { problems, plan } = await checkProductRows(context, rows);
    return { problems: [...read.problems, ...problems], plan: { kind, rows: plan } };
  }
  if (kind === "locations") {
    const { problems, plan } = await checkLocationRows(context, rows);
    return { problems: [...read.problems, ...problems], plan: { kind, rows: plan } };
  }
  if (kind === "lots") {
    const { problems, plan, newProducts } = await checkLotRows(context, rows);
    return { problems: [...read.problems, ...problems], plan: { kind, rows: plan, newProducts } };
  }
  const { problems, plan, newLots } = await checkEventRows(context, rows);
  return { problems: [...read.problems, ...problems], plan: { kind, rows: plan, newLots } };
}

/** Writes a checked plan and the job's success in one transaction; the rows written, or the problems the capture path found. */
async function write(
  db: Database,
  organizationId: string,
  importId: string,
  plan: Plan,
): Promise<number | ImportProblem[]> {
  try {
    return await db.prisma.$transaction(
      async (tx) => {
        // Outside the transaction, so others see it move; on PGlite its one connection is this
        // transaction's, and the job is written inside it (seen when it commits).
        const progress = db.kind === "pglite" ? tx : db.prisma;
        const written = async (writtenRows: number) => {
          await progress.import.update({ where: { id: importId }, data: { writtenRows } });
        };
        let count = 0;
        const blocks = async <T>(rows: T[], each: (block: T[]) => Promise<unknown>) => {
          for (let at = 0; at < rows.length; at += WRITE_BLOCK) {
            const block = rows.slice(at, at + WRITE_BLOCK);
            await each(block);
            count += block.length;
            await written(count);
          }
        };
        if (plan.kind === "products") {
          await blocks(plan.rows, (block) =>
            tx.product.createMany({
              data: block.map(({ row: _row, ...product }) => ({ organizationId, ...product })),
            }),
          );
        } else if (plan.kind === "locations") {
          await blocks(plan.rows, (block) =>
            tx.location.createMany({
              data: block.map(({ row: _row, ...location }) => ({ organizationId, ...location })),
            }),
          );
        } else if (plan.kind === "lots") {
          await tx.product.createMany({ data: plan.newProducts.map((p) => ({ organizationId, ...p })) });
          const products = new Map(
            (
              await tx.product.findMany({
                where: { organizationId, gtin: { in: [...new Set(plan.rows.map((r) => r.gtin))] } },
                select: { id: true, gtin: true },
              })
            ).map((p) => [p.gtin, p.id]),
          );
          await blocks(plan.rows, (block) =>
            tx.lot.createMany({
              data: block.map(({ row: _row, gtin, ...lot }) => ({
                organizationId,
                productId: products.get(gtin) as string,
                ...lot,
              })),
            }),
          );
        } else {
          const newProducts = new Map(
            plan.newLots.flatMap(({ gtin, productName }) => (productName ? [[gtin, productName]] : [])),
          );
          await tx.product.createMany({
            data: [...newProducts].map(([gtin, name]) => ({ organizationId, gtin, name })),
          });
          const products = new Map(
            (
              await tx.product.findMany({
                where: { organizationId, gtin: { in: [...new Set(plan.newLots.map((l) => l.gtin))] } },
                select: { id: true, gtin: true },
              })
            ).map((p) => [p.gtin, p.id]),
          );
          await tx.lot.createMany({
            data: plan.newLots.map(({ gtin, lotCode }) => ({
              organizationId,
              productId: products.get(gtin) as string,
              lotCode,
            })),
          });
          await blocks(plan.rows, (block) =>
            storeEvents(tx, {
              organizationId,
              events: block.map((item) => item.prepared),
              fieldOf: (reference) => `${block[reference.index]?.row ?? 1}\u0000${reference.field}`,
            }),
          );
        }
        // Last, in the transaction: a job failed as stranded meanwhile keeps its word (nothing written).
        const finished = await tx.import.updateMany({
          where: { id: importId, phase: "writing" },
          data: { phase: "succeeded", writtenRows: count, finishedAt: new Date() },
        });
        if (finished.count === 0) throw new ImportNoLongerWriting();
        return count;
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof ForeignReferenceError || error instanceof ReusedEventIdError) {
      return error.errors.map(({ field, message }) => {
        const [row, column] = field.split("\u0000");
        return {
          row: Number(row),
          column: column ?? "",
          problem: `${message}.`,
          fix: "An event joins a lot's record only when you own the lot or received it; correct the row.",
        };
      });
    }
    throw error;
  }
}
