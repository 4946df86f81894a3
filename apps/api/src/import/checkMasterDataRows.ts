import type { Database } from "@tracemark/db";
import {
  describeDateProblem,
  describeKeyProblem,
  describeLotCodeProblem,
  describeQuantityProblem,
  describeUnitProblem,
  normalizeGtin,
} from "@tracemark/sdk";
import { isCountryCode } from "../util/isCountryCode.ts";
import { isCoordinate, RowCheck } from "./cellChecks.ts";
import type { ImportProblem, ImportRow } from "./types.ts";

export type CheckContext = {
  db: Database;
  organizationId: string;
  createMissing: boolean;
  /** Called after each block of rows checked, with how many are checked so far. */
  onChecked: (checked: number) => Promise<void>;
};

export type ProductPlan = {
  row: number;
  gtin: string;
  name: string;
  description: string | null;
  category: string | null;
  commodity: string | null;
  variety: string | null;
};
export type LocationPlan = {
  row: number;
  gln: string | null;
  name: string;
  street: string | null;
  city: string | null;
  postalCode: string | null;
  region: string | null;
  country: string | null;
  latitude: string | null;
  longitude: string | null;
};
export type LotPlan = {
  row: number;
  gtin: string;
  lotCode: string;
  productionDate: Date | null;
  expiryDate: Date | null;
  quantity: string | null;
  unit: string | null;
};
/** Products a file of lots or events creates because it asked to (`createMissing`). */
export type NewProduct = { gtin: string; name: string };

export const CHECK_BLOCK = 500;

const gtinOf = (check: RowCheck, column = "gtin") =>
  check.checked(column, check.required(column, "GTIN"), (value) =>
    describeKeyProblem({ kind: "GTIN", value }),
  );

/** A cell's value in the file where it first appeared, to name both rows of a duplicate. */
function firstSeen<K>(seen: Map<K, number>, key: K, row: number): number | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, row);
  return first;
}

async function progress(context: CheckContext, index: number, total: number) {
  if ((index + 1) % CHECK_BLOCK === 0 || index + 1 === total) await context.onChecked(index + 1);
}

/**
 * Checks every row of a products file: GTIN (digits, length, check digit), name, optional texts;
 * a GTIN twice in the file, or already registered (by this or another organisation), is a problem.
 *
 * @example
 * const { problems, plan } = await checkProductRows(context, rows);
 */
export async function checkProductRows(context: CheckContext, rows: ImportRow[]) {
  const problems: ImportProblem[] = [];
  const plan: ProductPlan[] = [];
  const existing = await existingProducts(
    context,
    rows.map((r) => r.cells.get("gtin") ?? ""),
  );
  const seen = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const check = new RowCheck(row);
    const raw = gtinOf(check);
    const gtin = raw === undefined ? undefined : normalizeGtin(raw);
    const name = check.text("name", 200, "product name");
    const description = check.text("description", 2000) ?? null;
    const category = check.text("category", 200) ?? null;
    const commodity = check.text("commodity", 200) ?? null;
    const variety = check.text("variety", 200) ?? null;
    if (gtin !== undefined) {
      const first = firstSeen(seen, gtin, row.row);
      const owner = existing.get(gtin);
      if (first !== undefined) {
        check.add("gtin", raw, {
          problem: `GTIN ${gtin} is also on row ${first}.`,
          fix: "Keep one row per product.",
        });
      } else if (owner !== undefined) {
        check.add("gtin", raw, {
          problem:
            owner === context.organizationId
              ? `GTIN ${gtin} is already one of your products.`
              : `GTIN ${gtin} is already registered by another organisation.`,
          fix:
            owner === context.organizationId
              ? "Delete the row, or edit the product on its page."
              : "Check the GTIN: a product's GTIN comes from your own GS1 company prefix.",
        });
      }
    }
    problems.push(...check.problems);
    if (check.problems.length === 0 && gtin && name) {
      plan.push({ row: row.row, gtin, name, description, category, commodity, variety });
    }
    await progress(context, index, rows.length);
  }
  return { problems, plan };
}

/**
 * Checks every row of a locations file: name, GLN (check digit) when given, country (ISO 3166-1
 * alpha-2), latitude and longitude together and in range; a GLN twice in the file or already one
 * of the organisation's locations is a problem.
 *
 * @example
 * const { problems, plan } = await checkLocationRows(context, rows);
 */
export async function checkLocationRows(context: CheckContext, rows: ImportRow[]) {
  const problems: ImportProblem[] = [];
  const plan: LocationPlan[] = [];
  const glns = rows
    .map((r) => r.cells.get("gln") ?? "")
    .filter((value) => describeKeyProblem({ kind: "GLN", value }) === undefined);
  const known = new Set(
    (
      await context.db.prisma.location.findMany({
        where: { organizationId: context.organizationId, gln: { in: glns } },
        select: { gln: true },
      })
    ).map((l) => l.gln),
  );
  const seen = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const check = new RowCheck(row);
    const name = check.text("name", 200, "location name");
    const gln = check.checked("gln", check.value("gln"), (value) =>
      describeKeyProblem({ kind: "GLN", value }),
    );
    if (gln !== undefined) {
      const first = firstSeen(seen, gln, row.row);
      if (first !== undefined) {
        check.add("gln", gln, {
          problem: `GLN ${gln} is also on row ${first}.`,
          fix: "Keep one row per location.",
        });
      } else if (known.has(gln)) {
        check.add("gln", gln, {
          problem: `GLN ${gln} is already one of your locations.`,
          fix: "Delete the row, or edit the location on its page.",
        });
      }
    }
    const country = check.value("country");
    if (country !== undefined && !isCountryCode(country)) {
      check.add("country", country, {
        problem: `"${country}" is not an ISO 3166-1 country code.`,
        fix: "Write the country's two-letter code in capitals, e.g. FR, DE, US.",
      });
    }
    const latitude = check.value("latitude");
    const longitude = check.value("longitude");
    if ((latitude === undefined) !== (longitude === undefined)) {
      const missing = latitude === undefined ? "latitude" : "longitude";
      check.add(missing, undefined, {
        problem: `The ${missing} is missing while the ${missing === "latitude" ? "longitude" : "latitude"} is given.`,
        fix: "Give both, in decimal degrees (WGS84), or neither.",
      });
    }
    if (latitude !== undefined && !isCoordinate(latitude, -90, 90)) {
      check.add("latitude", latitude, {
        problem: `The latitude ${latitude} is not between -90 and 90 degrees.`,
        fix: "Write decimal degrees with a point, e.g. 48.858370 (at most 6 decimals).",
      });
    }
    if (longitude !== undefined && !isCoordinate(longitude, -180, 180)) {
      check.add("longitude", longitude, {
        problem: `The longitude ${longitude} is not between -180 and 180 degrees.`,
        fix: "Write decimal degrees with a point, e.g. 2.294481 (at most 6 decimals).",
      });
    }
    const texts = {
      street: check.text("street", 200) ?? null,
      city: check.text("city", 200) ?? null,
      postalCode: check.text("postalCode", 20) ?? null,
      region: check.text("region", 200) ?? null,
    };
    problems.push(...check.problems);
    if (check.problems.length === 0 && name) {
      plan.push({
        row: row.row,
        gln: gln ?? null,
        name,
        ...texts,
        country: country ?? null,
        latitude: latitude ?? null,
        longitude: longitude ?? null,
      });
    }
    await progress(context, index, rows.length);
  }
  return { problems, plan };
}

/**
 * Checks every row of a lots file: GTIN of one of the organisation's products (or, when the file
 * asks to create missing products, a new one named by `productName`), lot code (GS1 AI 10), dates
 * that exist with production before expiry, quantity and unit; a lot twice in the file or already
 * recorded is a problem.
 *
 * @example
 * const { problems, plan, newProducts } = await checkLotRows(context, rows);
 */
export async function checkLotRows(context: CheckContext, rows: ImportRow[]) {
  const problems: ImportProblem[] = [];
  const plan: LotPlan[] = [];
  const newProducts = new Map<string, NewProduct>();
  const products = await existingProducts(
    context,
    rows.map((r) => r.cells.get("gtin") ?? ""),
  );
  const existingLots = await lotsOf(context, rows);
  const seen = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const check = new RowCheck(row);
    const raw = gtinOf(check);
    const gtin = raw === undefined ? undefined : normalizeGtin(raw);
    const lotCode = check.checked("lot", check.required("lot", "lot code"), describeLotCodeProblem);
    const productName = check.text("productName", 200);
    if (gtin !== undefined) {
      const owner = products.get(gtin);
      if (owner === undefined) {
        if (!context.createMissing) {
          check.add("gtin", raw, {
            problem: `GTIN ${gtin} is not one of your products.`,
            fix: "Import the product first, or tick “create missing products” and give its productName.",
          });
        } else if (productName === undefined && !newProducts.has(gtin)) {
          check.add("productName", undefined, {
            problem: `GTIN ${gtin} is a new product and the row gives no productName.`,
            fix: "Fill in productName: the product is created with it.",
          });
        } else if (productName !== undefined && !newProducts.has(gtin)) {
          newProducts.set(gtin, { gtin, name: productName });
        }
      } else if (owner !== context.organizationId) {
        check.add("gtin", raw, {
          problem: `GTIN ${gtin} is another organisation's product.`,
          fix: "Lots are recorded by the product's owner; check the GTIN.",
        });
      }
    }
    if (gtin !== undefined && lotCode !== undefined) {
      const key = `${gtin}\u0000${lotCode}`;
      const first = firstSeen(seen, key, row.row);
      if (first !== undefined) {
        check.add("lot", lotCode, {
          problem: `Lot ${lotCode} of GTIN ${gtin} is also on row ${first}.`,
          fix: "Keep one row per lot.",
        });
      } else if (existingLots.has(key)) {
        check.add("lot", lotCode, {
          problem: `Lot ${lotCode} of GTIN ${gtin} is already recorded.`,
          fix: "Delete the row; the lot's page shows it.",
        });
      }
    }
    const productionDate = dateOf(check, "productionDate");
    const expiryDate = dateOf(check, "expiryDate");
    if (productionDate && expiryDate && productionDate > expiryDate) {
      check.add("expiryDate", check.value("expiryDate"), {
        problem: `The lot expires (${check.value("expiryDate")}) before it was produced (${check.value("productionDate")}).`,
        fix: "Check both dates; they may be swapped.",
      });
    }
    const quantity = check.checked("quantity", check.value("quantity"), describeQuantityProblem);
    const unit = check.checked("unit", check.value("unit"), describeUnitProblem);
    if (check.value("unit") === undefined && quantity !== undefined) {
      check.add("unit", undefined, {
        problem: "The quantity has no unit.",
        fix: "Fill in the unit as a UN/ECE code, e.g. KGM for kilograms or H87 for pieces.",
      });
    }
    problems.push(...check.problems);
    if (check.problems.length === 0 && gtin && lotCode) {
      plan.push({
        row: row.row,
        gtin,
        lotCode,
        productionDate: productionDate ?? null,
        expiryDate: expiryDate ?? null,
        quantity: quantity ?? null,
        unit: unit ?? null,
      });
    }
    await progress(context, index, rows.length);
  }
  return { problems, plan, newProducts: [...newProducts.values()] };
}

function dateOf(check: RowCheck, column: string): Date | undefined {
  const value = check.checked(column, check.value(column), (text) =>
    describeDateProblem({ kind: "date", value: text }),
  );
  return value === undefined ? undefined : new Date(`${value}T00:00:00Z`);
}

/** The organisation owning each of these GTINs that a product has (valid GTINs only). */
export async function existingProducts(context: CheckContext, raw: string[]): Promise<Map<string, string>> {
  const gtins = [
    ...new Set(
      raw.filter((g) => describeKeyProblem({ kind: "GTIN", value: g }) === undefined).map(normalizeGtin),
    ),
  ];
  const rows = await context.db.prisma.product.findMany({
    where: { gtin: { in: gtins } },
    select: { gtin: true, organizationId: true },
  });
  return new Map(rows.map((p) => [p.gtin, p.organizationId]));
}

/** The lots recorded for the GTIN and lot code pairs of these rows, as `gtin\0lot`. */
async function lotsOf(context: CheckContext, rows: ImportRow[]): Promise<Set<string>> {
  const pairs = rows.flatMap((r) => {
    const gtin = r.cells.get("gtin") ?? "";
    const lot = r.cells.get("lot") ?? "";
    return describeKeyProblem({ kind: "GTIN", value: gtin }) === undefined &&
      describeLotCodeProblem(lot) === undefined
      ? [{ gtin: normalizeGtin(gtin), lot }]
      : [];
  });
  if (pairs.length === 0) return new Set();
  const found = await context.db.prisma.$queryRaw<{ gtin: string; lot: string }[]>`
    SELECT p.gtin, l."lotCode" AS lot
    FROM unnest(${pairs.map((p) => p.gtin)}::text[], ${pairs.map((p) => p.lot)}::text[]) AS k(gtin, code)
    JOIN products p ON p.gtin = k.gtin
    JOIN lots l ON l."productId" = p.id AND l."lotCode" = k.code`;
  return new Set(found.map((f) => `${f.gtin}\u0000${f.lot}`));
}
