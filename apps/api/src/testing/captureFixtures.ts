import { computeCheckDigit } from "@tracemark/sdk";
import type { TestApp } from "./buildTestApp.ts";

let sequence = 0;

/** A GTIN-14 with a valid check digit, different on every call. */
export function uniqueGtin(): string {
  sequence += 1;
  const body = `1952000${String(sequence).padStart(6, "0")}`;
  return body + computeCheckDigit(body);
}

/** A GLN with a valid check digit, different on every call. */
export function uniqueGln(): string {
  sequence += 1;
  const body = `952000${String(sequence).padStart(6, "0")}`;
  return body + computeCheckDigit(body);
}

/** A product and one lot of it, owned by `organizationId` (rows written directly). */
export async function createLot(t: TestApp, organizationId: string, lotCode = `L${++sequence}`) {
  const gtin = uniqueGtin();
  const product = await t.db.prisma.product.create({
    data: { organizationId, gtin, name: `Product ${gtin}` },
  });
  const lot = await t.db.prisma.lot.create({
    data: { organizationId, productId: product.id, lotCode },
  });
  return { product, lot, gtin, lotCode };
}

/** A location with a GLN, owned by `organizationId`. */
export async function createLocation(t: TestApp, organizationId: string) {
  return t.db.prisma.location.create({
    data: { organizationId, name: `Site ${++sequence}`, gln: uniqueGln() },
  });
}

/** A distinct event time per call, so otherwise equal events get distinct hashes. */
export function uniqueEventTime(): string {
  sequence += 1;
  return new Date(Date.UTC(2026, 0, 1) + sequence * 1000).toISOString().replace("Z", "+00:00");
}
