import assert from "node:assert/strict";
import type { Database } from "@tracemark/db";
import { keccak256, stringToHex } from "viem";
import { call, type OrgFixture } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { uniqueEventTime, uniqueGtin } from "./captureFixtures.ts";
import { insertEvent } from "./events.ts";

/**
 * Fixtures for recall propagation: lots of an organisation's product, transformations and packing
 * between them (events inserted as capture stores them), custody hand-overs and recalls.
 */
export type FixtureLot = { id: string; gtin: string; lotCode: string; uri: string };

let sequence = 0;

/** A new product of `organizationId` and one lot of it. */
export async function fixtureLot(db: Database, organizationId: string, lotCode = `RL${++sequence}`) {
  const gtin = uniqueGtin();
  const product = await db.prisma.product.create({
    data: { organizationId, gtin, name: `Product ${lotCode}`, imageUrls: [] },
  });
  const lot = await db.prisma.lot.create({ data: { organizationId, productId: product.id, lotCode } });
  return { id: lot.id, gtin, lotCode, uri: `https://id.gs1.org/01/${gtin}/10/${lotCode}` } as FixtureLot;
}

const quantities = (lots: FixtureLot[]) => lots.map((l) => ({ epcClass: l.uri, quantity: 1, uom: "KGM" }));

/** `organizationId` transforms `inputs` into `outputs`. */
export function transform(db: Database, organizationId: string, inputs: FixtureLot[], outputs: FixtureLot[]) {
  return insertEvent(db, organizationId, {
    type: "TransformationEvent",
    eventTime: uniqueEventTime(),
    eventTimeZoneOffset: "+00:00",
    inputQuantityList: quantities(inputs),
    outputQuantityList: quantities(outputs),
  });
}

/** `organizationId` packs `children` onto the pallet `sscc` (`urn:epc:id:sscc:…`), or unpacks them (`DELETE`). */
export function pack(
  db: Database,
  organizationId: string,
  sscc: string,
  children: FixtureLot[],
  action: "ADD" | "DELETE" = "ADD",
) {
  return insertEvent(db, organizationId, {
    type: "AggregationEvent",
    action,
    eventTime: uniqueEventTime(),
    eventTimeZoneOffset: "+00:00",
    parentID: sscc,
    childQuantityList: quantities(children),
  });
}

/** `from` ships `lot` to `to`: a shipping event and a pending custody transfer (completed with `received`). */
export async function handOver(
  db: Database,
  from: string,
  to: string,
  lot: FixtureLot,
  options: { received?: boolean; readPoint?: string } = {},
) {
  const shipping = await insertEvent(db, from, {
    type: "ObjectEvent",
    action: "OBSERVE",
    bizStep: "shipping",
    eventTime: uniqueEventTime(),
    eventTimeZoneOffset: "+00:00",
    quantityList: quantities([lot]),
    ...(options.readPoint ? { readPoint: { id: options.readPoint } } : {}),
  });
  return db.prisma.custodyTransfer.create({
    data: {
      fromOrgId: from,
      toOrgId: to,
      lotId: lot.id,
      shippingEventId: shipping.id,
      ...(options.received ? { status: "completed", completedAt: new Date() } : {}),
    },
  });
}

/** An active recall of `lot` by its owner `organizationId`, as `declareRecall` writes it. */
export async function recallLot(
  db: Database,
  organizationId: string,
  lot: FixtureLot,
  reason = "Salmonella",
) {
  await db.prisma.lot.update({ where: { id: lot.id }, data: { recallState: "recalled" } });
  return db.prisma.recall.create({
    data: { organizationId, lotId: lot.id, reason, reasonHash: keccak256(stringToHex(reason)) },
  });
}

/**
 * A recall of lot `lotId` declared through the API by `org`'s admin (asserted 201); its id.
 *
 * @example
 * const recallId = await declareRecallThroughApi(t, a.orgB, beans.id, "Salmonella")
 */
export async function declareRecallThroughApi(
  t: TestApp,
  org: OrgFixture,
  lotId: string,
  reason: string,
): Promise<string> {
  const response = await call(t.app, org.users.admin, "POST", `/orgs/${org.id}/recalls`, { lotId, reason });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id;
}

/** `org`'s recall `recallId` lifted through the API by its admin (asserted 200). */
export async function liftRecallThroughApi(
  t: TestApp,
  org: OrgFixture,
  recallId: string,
  reason: string,
): Promise<void> {
  const response = await call(t.app, org.users.admin, "POST", `/orgs/${org.id}/recalls/${recallId}/lift`, {
    reason,
  });
  assert.equal(response.statusCode, 200, response.body);
}
