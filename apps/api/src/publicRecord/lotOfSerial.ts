import type { Database } from "@tracemark/db";
import { NotFoundError } from "../errors/domain.ts";

export type LotOfSerialParameters = { gtin: string; serial: string };
export type LotOfSerialReturnType = string;

/**
 * The lot code of a serial item known by its GTIN and serial alone (`/01/{gtin}/21/{serial}`, a
 * valid GS1 Digital Link without the lot), whose record is its lot's. `NotFoundError` when the
 * product has no such serial, or the serial belongs to no lot (then there is no record to show).
 *
 * @example
 * const lot = await lotOfSerial(db, { gtin: "09520123456788", serial: "SER-1" }); // "LOT-1"
 */
export async function lotOfSerial(
  db: Database,
  { gtin, serial }: LotOfSerialParameters,
): Promise<LotOfSerialReturnType> {
  const item = await db.prisma.serialItem.findFirst({
    where: { serial, product: { gtin } },
    select: { lot: { select: { lotCode: true } } },
  });
  if (!item) throw new NotFoundError(`The product ${gtin} has no serial item "${serial}".`);
  if (!item.lot) {
    throw new NotFoundError(
      `The serial item "${serial}" of ${gtin} belongs to no lot, so it has no record yet.`,
    );
  }
  return item.lot.lotCode;
}
