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

/** An EPCIS 2.0 document of `events`, with the standard context plus `namespaces` when given. */
export function epcisDocumentOf(events: Record<string, unknown>[], namespaces?: Record<string, string>) {
  const standard = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
  return {
    "@context": namespaces ? [standard, namespaces] : [standard],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: "2026-03-04T12:00:00.000Z",
    epcisBody: { eventList: events },
  };
}

/** An ObjectEvent OBSERVE at a new time, with `fields` added. */
export function observation(fields: Record<string, unknown>) {
  return {
    type: "ObjectEvent",
    action: "OBSERVE",
    eventTime: uniqueEventTime(),
    eventTimeZoneOffset: "+00:00",
    ...fields,
  };
}
