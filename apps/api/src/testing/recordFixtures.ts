import assert from "node:assert/strict";
import { call, type OrgFixture } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { uniqueEventTime } from "./captureFixtures.ts";

/** An event as `POST /orgs/:orgId/events` answers it. */
export type RecordedEvent = {
  id: string;
  eventHash: string;
  leaf: string;
  visibility: string;
  document: Record<string, unknown>;
};

/**
 * A product and a lot of it made through the API by `org`'s operator (each asserted 201).
 *
 * @example
 * const { product, lot } = await createLotThroughApi(t, a.orgA, { gtin, name: "Olive oil", lotCode: "L-1" })
 */
export async function createLotThroughApi(
  t: TestApp,
  org: OrgFixture,
  { gtin, name, lotCode }: { gtin: string; name: string; lotCode: string },
): Promise<{ product: { id: string }; lot: { id: string } }> {
  const operator = org.users.operator;
  const product = await call(t.app, operator, "POST", `/orgs/${org.id}/products`, { gtin, name });
  assert.equal(product.statusCode, 201, product.body);
  const lot = await call(t.app, operator, "POST", `/orgs/${org.id}/products/${product.json().id}/lots`, {
    lotCode,
  });
  assert.equal(lot.statusCode, 201, lot.body);
  return { product: product.json(), lot: lot.json() };
}

/**
 * `body` recorded as an event of `org` by its operator (`POST /orgs/:orgId/events`, asserted 201).
 *
 * @example
 * const { eventHash } = await recordEvent(t, a.orgA, { type: "object", action: "ADD", bizStep: "commissioning", lot: { id } })
 */
export async function recordEvent(
  t: TestApp,
  org: OrgFixture,
  body: Record<string, unknown>,
): Promise<RecordedEvent> {
  const response = await call(t.app, org.users.operator, "POST", `/orgs/${org.id}/events`, body);
  assert.equal(response.statusCode, 201, response.body);
  return response.json();
}

/**
 * The public record of lot `lotCode` of GTIN `gtin` and its proofs (served apart), as anyone reads
 * them (each asserted 200): parsed, and `raw`, the text of both — everything public about the lot.
 *
 * @example
 * const { record, proofs, raw } = await fetchPublicRecord<PublicRecord>(t, gtin, "L-1")
 */
export async function fetchPublicRecord<T>(
  t: TestApp,
  gtin: string,
  lotCode: string,
): Promise<{ record: T; proofs: unknown; raw: string }> {
  const url = `/public/01/${gtin}/10/${lotCode}`;
  const response = await t.app.inject({ method: "GET", url });
  assert.equal(response.statusCode, 200, response.body);
  const proofs = await t.app.inject({ method: "GET", url: `${url}/proofs` });
  assert.equal(proofs.statusCode, 200, proofs.body);
  return { record: response.json() as T, proofs: proofs.json(), raw: `${response.body}\n${proofs.body}` };
}

/**
 * An OBSERVE object event of lot `lotId` at a new time, with `fields` added, recorded by `org`'s
 * operator (asserted 201).
 *
 * @example
 * await recordObservation(t, a.orgA, lot.id, { bizStep: "shipping" })
 */
export function recordObservation(
  t: TestApp,
  org: OrgFixture,
  lotId: string,
  fields: Record<string, unknown>,
): Promise<RecordedEvent> {
  return recordEvent(t, org, {
    type: "object",
    action: "OBSERVE",
    eventTime: uniqueEventTime(),
    lot: { id: lotId },
    ...fields,
  });
}

/**
 * `POST /orgs/:orgId/events/:eventId/corrections` by `org`'s operator: an error declaration of its
 * event `eventId`, with the corrective event when `body.event` is given. The response, unchecked.
 *
 * @example
 * const response = await correctEvent(t, a.orgA, event.id, { errorReason: "did_not_occur", reason: "never left" })
 */
export function correctEvent(t: TestApp, org: OrgFixture, eventId: string, body: Record<string, unknown>) {
  return call(t.app, org.users.operator, "POST", `/orgs/${org.id}/events/${eventId}/corrections`, body);
}
