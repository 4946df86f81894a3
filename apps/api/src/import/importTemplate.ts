import { randomInt } from "node:crypto";
import type { Database } from "@tracemark/db";
import { computeCheckDigit } from "@tracemark/sdk";
import { csvRecord } from "../util/csvRecord.ts";
import { COLUMNS, type ImportKind } from "./types.ts";

export type ImportTemplateParameters = { organizationId: string; kind: ImportKind; format: "csv" | "xlsx" };
export type ImportTemplateReturnType = { content: Buffer; createMissing: boolean };

/** A GS1 key with the GS1 test prefix 0950600 (never issued to a company), not yet recorded here. */
async function unusedKey(used: (key: string) => Promise<boolean>, length: number): Promise<string> {
  for (;;) {
    const body = `9506000${String(randomInt(10 ** (length - 8))).padStart(length - 8, "0")}`;
    const key = `${body}${computeCheckDigit(body)}`;
    if (!(await used(key))) return key;
  }
}

/**
 * The template of a kind of import: the header row (every column, required first) and an example
 * row that imports cleanly into this organisation as it is now: a product and a location of keys
 * not yet recorded (GS1's test prefix), a lot of one of its products, an event of one of its lots
 * at one of its locations. When it has none of those yet, the example names a new product (with its
 * `productName`) or lot, and `createMissing` says the import must ask to create it.
 *
 * @example
 * const { content } = await importTemplate(db, { organizationId, kind: "lots", format: "xlsx" });
 */
export async function importTemplate(
  db: Database,
  { organizationId, kind, format }: ImportTemplateParameters,
): Promise<ImportTemplateReturnType> {
  const columns = [...COLUMNS[kind].required, ...COLUMNS[kind].optional];
  const { example, createMissing } = await exampleRow(db, organizationId, kind);
  const values = columns.map((column) => example[column] ?? "");
  if (format === "csv") {
    return { content: Buffer.from(`${csvRecord(columns)}${csvRecord(values)}`, "utf8"), createMissing };
  }
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((header) => ({ header, key: header, width: 22, style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(values);
  return { content: Buffer.from(await workbook.xlsx.writeBuffer()), createMissing };
}

async function exampleRow(
  db: Database,
  organizationId: string,
  kind: ImportKind,
): Promise<{ example: Record<string, string>; createMissing: boolean }> {
  const gtinUsed = async (gtin: string) =>
    (await db.prisma.product.count({ where: { gtin: gtin.padStart(14, "0") } })) > 0;
  if (kind === "products") {
    const gtin = await unusedKey(gtinUsed, 13);
    return {
      example: {
        gtin,
        name: "Gala apples 1 kg",
        description: "Hand-picked, class I",
        category: "Fruit",
        commodity: "Apples",
        variety: "Gala",
      },
      createMissing: false,
    };
  }
  if (kind === "locations") {
    const gln = await unusedKey(
      async (key) => (await db.prisma.location.count({ where: { organizationId, gln: key } })) > 0,
      13,
    );
    return {
      example: {
        gln,
        name: "Orchard packhouse",
        street: "1 Orchard Lane",
        city: "Avignon",
        postalCode: "84000",
        country: "FR",
        latitude: "43.949317",
        longitude: "4.805528",
      },
      createMissing: false,
    };
  }
  const product = await db.prisma.product.findFirst({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    select: { id: true, gtin: true },
  });
  if (kind === "lots") {
    const gtin = product?.gtin ?? (await unusedKey(gtinUsed, 13));
    let lot = "LOT-2026-001";
    for (
      let n = 2;
      product && (await db.prisma.lot.count({ where: { productId: product.id, lotCode: lot } })) > 0;
      n++
    ) {
      lot = `LOT-2026-${String(n).padStart(3, "0")}`;
    }
    return {
      example: {
        gtin,
        lot,
        productionDate: "2026-09-14",
        expiryDate: "2026-12-31",
        quantity: "1200",
        unit: "KGM",
        ...(product ? {} : { productName: "Gala apples 1 kg" }),
      },
      createMissing: !product,
    };
  }
  const lot = await db.prisma.lot.findFirst({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    select: { lotCode: true, product: { select: { gtin: true } } },
  });
  const location = await db.prisma.location.findFirst({
    where: { organizationId, gln: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { gln: true },
  });
  const time = new Date(Date.now() - randomInt(86_400_000)).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    example: {
      gtin: lot?.product.gtin ?? product?.gtin ?? (await unusedKey(gtinUsed, 13)),
      lot: lot?.lotCode ?? "LOT-2026-001",
      bizStep: "storing",
      eventTime: time,
      disposition: "in_progress",
      quantity: "1200",
      unit: "KGM",
      ...(location?.gln ? { locationGln: location.gln } : {}),
      ...(lot || product ? {} : { productName: "Gala apples 1 kg" }),
    },
    createMissing: !lot,
  };
}
