import assert from "node:assert/strict";
import type { Database } from "@tracemark/db";
import { computeCheckDigit } from "@tracemark/sdk";
import { acceptCapture } from "../capture/acceptCapture.ts";
import { processPendingCaptures } from "../capture/processPendingCaptures.ts";
import { type Actors, call } from "./actors.ts";
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

/** The `n`th (0–999) GS1 key of a suite's own number range: `prefix`, `n` in three digits, the check digit. */
export function numberedKey(prefix: string, n: number): string {
  const body = `${prefix}${String(n).padStart(3, "0")}`;
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

/**
 * `document` captured for organisation A with its operator API key (asserted 202), then stored by
 * one pass of the capture worker; the capture's id and its job as A's viewer key reads it.
 *
 * @example
 * const { job } = await captureProcessed(t, a, epcisDocumentOf([observation({})]))
 */
export async function captureProcessed(t: TestApp, a: Actors, document: unknown) {
  const url = `/orgs/${a.orgA.id}/capture`;
  const accepted = await call(t.app, a.orgA.apiKeys.operator, "POST", url, document);
  assert.equal(accepted.statusCode, 202, accepted.body);
  await processPendingCaptures(t.context);
  const captureId: string = accepted.json().captureId;
  const job = (await call(t.app, a.orgA.apiKeys.viewer, "GET", `${url}/${captureId}`)).json();
  return { captureId, job };
}

/**
 * A capture of one new receiving event accepted for a new organisation, written straight through
 * `acceptCapture` (no app), pending for the capture worker.
 *
 * @example
 * const capture = await acceptOneCapture(db)
 */
export async function acceptOneCapture(db: Database) {
  const org = await db.prisma.organization.create({ data: { name: "Alpine Dairy" } });
  const document = epcisDocumentOf([
    observation({ epcList: ["urn:epc:id:sgtin:9520123.456788.1"], bizStep: "receiving" }),
  ]);
  const { capture } = await acceptCapture(db, {
    organizationId: org.id,
    document,
    text: JSON.stringify(document),
  });
  return capture;
}
