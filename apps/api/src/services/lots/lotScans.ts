import type { Database } from "@tracemark/db";
import { NotFoundError } from "../../errors/domain.ts";

/** The longest history `listLotScans` gives, days. */
export const LOT_SCAN_DAYS_MAX = 366;

export type CountLotScanParameters = {
  /** The lot's GTIN, normalised to 14 digits, and its lot code. */
  gtin: string;
  lotCode: string;
  /** When the page was opened; its UTC day is the bucket. */
  at?: Date | undefined;
};

/**
 * Counts one view of a lot's consumer page in the lot's bucket for the UTC day: one upsert of a
 * number, nothing stored about the visitor. Throws a `NotFoundError` when no such lot exists.
 *
 * @example
 * await countLotScan(db, { gtin: "09506000134352", lotCode: "A1" });
 */
export async function countLotScan(db: Database, { gtin, lotCode, at = new Date() }: CountLotScanParameters) {
  const day = at.toISOString().slice(0, 10);
  const counted = await db.prisma.$executeRaw`
    INSERT INTO "lot_scan_days" ("lotId", "day", "views")
    SELECT l."id", ${day}::date, 1 FROM "lots" l JOIN "products" p ON p."id" = l."productId"
    WHERE p."gtin" = ${gtin} AND l."lotCode" = ${lotCode}
    ON CONFLICT ("lotId", "day") DO UPDATE SET "views" = "lot_scan_days"."views" + 1`;
  if (counted === 0) throw new NotFoundError("No lot with this GTIN and lot code.");
}

export type ListLotScansReturnType = {
  lotId: string;
  /** Each UTC day of the period, oldest first, with its page views (0 on a day without). */
  days: { date: string; views: number }[];
  /** All page views the lot's consumer page has had. */
  total: number;
};

/**
 * The scan counts of a lot its organisation owns, per UTC day for the last `days` days (today
 * included) and in all; a `NotFoundError` for a lot it does not own (a receiver sees none: the counts
 * are the brand's).
 *
 * @example
 * const { days, total } = await listLotScans(db, orgId, lotId, { days: 30 });
 */
export async function listLotScans(
  db: Database,
  organizationId: string,
  lotId: string,
  { days, now = new Date() }: { days: number; now?: Date },
): Promise<ListLotScansReturnType> {
  const lot = await db.prisma.lot.findFirst({ where: { id: lotId, organizationId }, select: { id: true } });
  if (!lot) throw new NotFoundError("No lot with this id in this organisation.");
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const first = new Date(today - (days - 1) * 86_400_000);
  const [rows, all] = await Promise.all([
    db.prisma.lotScanDay.findMany({ where: { lotId, day: { gte: first } }, orderBy: { day: "asc" } }),
    db.prisma.lotScanDay.aggregate({ where: { lotId }, _sum: { views: true } }),
  ]);
  const views = new Map(rows.map((row) => [row.day.toISOString().slice(0, 10), row.views]));
  return {
    lotId,
    days: Array.from({ length: days }, (_, i) => {
      const date = new Date(first.getTime() + i * 86_400_000).toISOString().slice(0, 10);
      return { date, views: views.get(date) ?? 0 };
    }),
    total: all._sum.views ?? 0,
  };
}
