import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { computeCheckDigit, type PublicRecordWithDisplay } from "@tracemark/sdk";
import { type Actors, type Credentials, call, createActors } from "./testing/actors.ts";
import { buildTestApp, type TestApp } from "./testing/buildTestApp.ts";
import { createLotThroughApi, fetchPublicRecord, recordEvent } from "./testing/recordFixtures.ts";
import { startPipeline, waitUntil } from "./testing/startPipeline.ts";
import { verifyOnTestChain } from "./testing/verifyOnTestChain.ts";

const PURCHASE_ORDER = "urn:epcglobal:cbv:bt:0614141073467:PO-SECRET-9921";
const WITHHELD_QUANTITY = 3517.5;
const PRIVATE_QUANTITY = 4711.25;

/**
 * Issue #14 as a whole, through the real API, submitter, node and indexer: A's lot has a public
 * commissioning, a public packing whose purchase order and quantity A withholds, a private storing
 * and a shipping to B for partners only; B records its receiving (public). The shopper, B (the
 * partner) and A (the owner) each get exactly what they may, and Verify passes on each record.
 */
describe("privacy end to end: shopper, partner and owner", () => {
  let t: TestApp;
  let a: Actors;
  let stop: () => Promise<void>;
  const gtinBody = "950600099131";
  const gtin = `0${gtinBody}${computeCheckDigit(gtinBody)}`;
  const lotCode = "PRIV-1";
  let lotId = "";
  const steps: Record<string, { id: string; eventHash: string; leaf: string }> = {};

  const shopperRecord = () => fetchPublicRecord<PublicRecordWithDisplay>(t, gtin, lotCode);
  const entitledRecord = async (who: Credentials, orgId: string) => {
    const response = await call(t.app, who, "GET", `/orgs/${orgId}/lots/${lotId}/record`);
    assert.equal(response.statusCode, 200, response.body);
    return { record: response.json() as PublicRecordWithDisplay, raw: response.body };
  };
  before(async () => {
    t = await buildTestApp({}, { contracts: true });
    a = await createActors(t);
    const { orgA, orgB } = a;
    const settings = await call(t.app, orgA.users.admin, "PUT", `/orgs/${orgA.id}/disclosure`, {
      withhold: [],
      byBizStep: { packing: ["bizTransactions", "quantities"] },
    });
    assert.equal(settings.statusCode, 200, settings.body);
    lotId = (await createLotThroughApi(t, orgA, { gtin, name: "Coffee", lotCode })).lot.id;
    const record = async (name: string, who: Actors["orgA"], body: Record<string, unknown>) => {
      steps[name] = await recordEvent(t, who, {
        type: "object",
        action: "OBSERVE",
        lot: { gtin, lotCode },
        ...body,
      });
    };
    await record("commissioning", orgA, {
      action: "ADD",
      bizStep: "commissioning",
      eventTime: "2026-10-01T08:00:00.000+02:00",
    });
    await record("packing", orgA, {
      bizStep: "packing",
      eventTime: "2026-10-01T12:00:00.000+02:00",
      quantity: { value: WITHHELD_QUANTITY, unit: "KGM" },
      bizTransactions: [{ type: "po", id: PURCHASE_ORDER }],
    });
    await record("storing", orgA, {
      bizStep: "storing",
      eventTime: "2026-10-02T08:00:00.000+02:00",
      quantity: { value: PRIVATE_QUANTITY, unit: "KGM" },
      visibility: "private",
    });
    await record("shipping", orgA, {
      bizStep: "shipping",
      eventTime: "2026-10-03T08:00:00.000+02:00",
      destinations: [{ type: "owning_party", organizationId: orgB.id }],
      visibility: "partners",
    });
    await record("receiving", orgB, { bizStep: "receiving", eventTime: "2026-10-04T08:00:00.000+02:00" });
    stop = startPipeline(t);
    await waitUntil("every step to be anchored", async () => {
      const { record } = await shopperRecord();
      return [...record.events, ...(record.hiddenSteps ?? [])].every((step) => step.anchor !== null);
    });
  });
  after(async () => {
    await stop();
    await t.close();
  });

  test("the shopper: three steps shown (the packing without its order and quantity), two hidden in their place; nothing withheld anywhere; Verify passes", async () => {
    const { record, raw } = await shopperRecord();
    assert.deepEqual(
      record.display.journey.map((step) => [step.bizStep, step.withheld ?? []]),
      [
        ["commissioning", []],
        ["packing", ["business transactions (purchase orders, invoices…)", "quantities"]],
        ["receiving", []],
      ],
    );
    assert.deepEqual(
      record.display.hiddenSteps?.map((step) => step.position),
      [2, 2],
    );
    for (const secret of [
      "PO-SECRET-9921",
      String(WITHHELD_QUANTITY),
      String(PRIVATE_QUANTITY),
      "storing",
      ...["packing", "storing", "shipping"].map((name) => steps[name]?.eventHash.slice(14, 78) ?? "?"),
    ])
      assert.ok(!raw.includes(secret), `${secret} is public`);
    const verdict = await verifyOnTestChain(t, record);
    assert.ok(verdict.complete, JSON.stringify(verdict.events.map((e) => e.reasons)));
    assert.equal(verdict.events.length + verdict.hiddenSteps.length, 5);
  });

  test("the partner: every step whole with its event hash but the owner's private storing, which is hidden; Verify passes", async () => {
    const { record, raw } = await entitledRecord(a.orgB.users.viewer, a.orgB.id);
    assert.deepEqual(
      record.events.map((event) => event.event.bizStep),
      ["commissioning", "packing", "shipping", "receiving"],
    );
    assert.deepEqual(
      record.events.map((event) => event.eventHash),
      ["commissioning", "packing", "shipping", "receiving"].map((name) => steps[name]?.eventHash),
    );
    assert.ok(raw.includes("PO-SECRET-9921") && raw.includes(String(WITHHELD_QUANTITY)));
    assert.ok(!raw.includes(String(PRIVATE_QUANTITY)), "the owner's private step is not the partner's");
    assert.deepEqual(
      record.hiddenSteps?.map((step) => step.leaf),
      [steps.storing?.leaf],
    );
    const verdict = await verifyOnTestChain(t, record);
    assert.ok(verdict.complete, JSON.stringify(verdict.events.map((e) => e.reasons)));
    assert.deepEqual(
      [...verdict.events, ...verdict.hiddenSteps].map((v) => v.status),
      ["verified", "verified", "verified", "verified", "verified"],
    );
  });

  test("the owner: all five steps whole with their event hashes, none hidden; Verify passes", async () => {
    const { record, raw } = await entitledRecord(a.orgA.users.viewer, a.orgA.id);
    assert.deepEqual(
      record.events.map((event) => event.eventHash),
      ["commissioning", "packing", "storing", "shipping", "receiving"].map((name) => steps[name]?.eventHash),
    );
    assert.equal(record.hiddenSteps, undefined);
    assert.ok(raw.includes(String(PRIVATE_QUANTITY)));
    const verdict = await verifyOnTestChain(t, record);
    assert.ok(verdict.complete, JSON.stringify(verdict.events.map((e) => e.reasons)));
    assert.equal(verdict.events.length, 5);
  });
});
