import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { computeCheckDigit } from "@tracemark/sdk";
import { PUBLIC_UNIT_MAX_ROWS } from "../../publicRecord/getPublicLogisticUnit.ts";
import { ownerReceiverStranger } from "../../testing/custodyFixtures.ts";
import { insertEvent } from "../../testing/events.ts";
import { testApp } from "../../testing/suite.ts";

const withCheck = (base: string) => `${base}${computeCheckDigit(base)}`;
// `urn:epc:id:sscc:9520123.0000000001`: extension digit 0, company prefix 9520123, serial reference 000000001.
const SSCC = withCheck("09520123000000001");
const GLN = withCheck("952012399991");
const at = (day: number) => ({
  eventTime: `2026-03-0${day}T08:00:00.000+01:00`,
  eventTimeZoneOffset: "+01:00",
});

/** The public pages of a GS1 Digital Link without a lot, or of another primary key (#15, resolver). */
describe("public pages: GET /public/01/:gtin, /public/01/:gtin/21/:serial, /public/00/:sscc, /public/414/:gln", () => {
  const t = testApp();
  let parties: Awaited<ReturnType<typeof ownerReceiverStranger>>;
  const get = async (url: string) => {
    const res = await t.app.inject({ method: "GET", url });
    return { status: res.statusCode, type: res.headers["content-type"], body: res.json() };
  };

  before(async () => {
    parties = await ownerReceiverStranger(t.db, ["L1", "L2", "DRAFT"]);
    const { owner, receiver, stranger, gtin } = parties;
    const lot = (code: string) => `https://id.gs1.org/01/${gtin}/10/${code}`;
    await t.db.prisma.lot.updateMany({ where: { lotCode: "L1" }, data: { quantity: "987654.321" } });
    // As the API creates products (the fixture leaves the column NULL, which the record's schema refuses).
    await t.db.prisma.product.update({ where: { gtin }, data: { imageUrls: [] } });
    await insertEvent(t.db, owner, {
      type: "ObjectEvent",
      action: "ADD",
      ...at(1),
      quantityList: [{ epcClass: lot("L1"), quantity: 10, uom: "KGM" }],
      bizStep: "commissioning",
    });
    await insertEvent(t.db, owner, {
      type: "ObjectEvent",
      action: "ADD",
      ...at(1),
      quantityList: [{ epcClass: lot("L2"), quantity: 10, uom: "KGM" }],
      bizStep: "commissioning",
    });
    // The stranger records an event about the owner's draft lot: it must not make it public.
    await insertEvent(t.db, stranger, {
      type: "ObjectEvent",
      action: "OBSERVE",
      ...at(2),
      quantityList: [{ epcClass: lot("DRAFT"), quantity: 1, uom: "KGM" }],
    });
    // The owner packs L1 into a pallet and ships it to the receiver, who receives it.
    const packed = await insertEvent(t.db, owner, {
      type: "AggregationEvent",
      action: "ADD",
      ...at(3),
      parentID: `urn:epc:id:sscc:9520123.0000000001`,
      childQuantityList: [{ epcClass: lot("L1"), quantity: 10, uom: "KGM" }],
      bizStep: "packing",
      bizLocation: { id: `https://id.gs1.org/414/${GLN}` },
    });
    const shipped = await insertEvent(t.db, owner, {
      type: "ObjectEvent",
      action: "OBSERVE",
      ...at(4),
      epcList: [`https://id.gs1.org/00/${SSCC}`],
      quantityList: [{ epcClass: lot("L1"), quantity: 10, uom: "KGM" }],
      bizStep: "shipping",
    });
    const l1 = await t.db.prisma.lot.findFirstOrThrow({ where: { lotCode: "L1", product: { gtin } } });
    await t.db.prisma.custodyTransfer.create({
      data: { fromOrgId: owner, toOrgId: receiver, lotId: l1.id, shippingEventId: shipped.id },
    });
    await insertEvent(t.db, receiver, {
      type: "ObjectEvent",
      action: "OBSERVE",
      ...at(5),
      epcList: [`https://id.gs1.org/00/${SSCC}`],
      bizStep: "receiving",
    });
    // The stranger writes into the pallet's journey and takes L1 out of it: neither may show.
    await insertEvent(t.db, stranger, {
      type: "ObjectEvent",
      action: "OBSERVE",
      ...at(6),
      epcList: [`https://id.gs1.org/00/${SSCC}`],
      bizStep: "destroying",
    });
    await insertEvent(t.db, stranger, {
      type: "AggregationEvent",
      action: "DELETE",
      ...at(6),
      parentID: `https://id.gs1.org/00/${SSCC}`,
      childQuantityList: [{ epcClass: lot("L1"), quantity: 10, uom: "KGM" }],
    });
    assert.ok(packed.id);
    await t.db.prisma.location.create({
      data: {
        organizationId: owner,
        gln: GLN,
        name: "Packhouse",
        street: "1 Secret Lane",
        city: "Almería",
        country: "ES",
      },
    });
    await t.db.prisma.location.create({
      data: {
        organizationId: stranger,
        gln: GLN,
        name: "Impostor shed",
        postalCode: "PC-SECRET",
        city: "Nowhere",
      },
    });
  });

  test("a product alone lists the owner's lots that have a record, and nothing private", async () => {
    const { gtin } = parties;
    const res = await get(`/public/01/${gtin}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.gtin, gtin);
    assert.equal(res.body.organization.name, "Owner");
    assert.deepEqual(res.body.lots.map((l: { lotCode: string }) => l.lotCode).sort(), ["L1", "L2"]);
    assert.ok(!JSON.stringify(res.body).includes("987654"), "the quantity of a lot is not public");
  });

  test("an unknown product is 404 and a wrong check digit 422 naming the right one, as problem+json", async () => {
    const unknown = withCheck("0952012399999");
    const missing = await get(`/public/01/${unknown}`);
    assert.equal(missing.status, 404);
    assert.match(missing.type ?? "", /application\/problem\+json/);
    assert.match(missing.body.detail, new RegExp(`No product has the GTIN ${unknown}`));
    const wrong = `${unknown.slice(0, -1)}${(Number(unknown.at(-1)) + 1) % 10}`;
    const bad = await get(`/public/01/${wrong}`);
    assert.equal(bad.status, 422);
    assert.match(bad.body.detail, new RegExp(`expected ${unknown.at(-1)}`));
  });

  test("a serial without its lot answers its lot's record; unknown serials are 404", async () => {
    const { gtin } = parties;
    const bySerial = await get(`/public/01/${gtin}/21/S1`);
    assert.equal(bySerial.status, 200);
    assert.deepEqual(bySerial.body, (await get(`/public/01/${gtin}/10/L1/21/S1`)).body);
    const unknown = await get(`/public/01/${gtin}/21/NOPE`);
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.detail, /has no serial item "NOPE"/);
    const product = await t.db.prisma.product.findUniqueOrThrow({ where: { gtin } });
    await t.db.prisma.serialItem.create({
      data: { organizationId: parties.owner, productId: product.id, serial: "LOOSE-1" },
    });
    const loose = await get(`/public/01/${gtin}/21/LOOSE-1`);
    assert.equal(loose.status, 404);
    assert.match(loose.body.detail, /belongs to no lot/);
  });

  test("a logistic unit shows its contents and journey, without what a stranger wrote about it", async () => {
    const res = await get(`/public/00/${SSCC}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.packer.name, "Owner");
    assert.deepEqual(res.body.contents, [
      {
        id: `https://id.gs1.org/01/${parties.gtin}/10/L1`,
        lot: { gtin: parties.gtin, lotCode: "L1", productName: "Oil" },
      },
    ]);
    assert.deepEqual(
      res.body.journey.map((e: { bizStep: string; organization: { name: string } }) => [
        e.bizStep,
        e.organization.name,
      ]),
      [
        ["packing", "Owner"],
        ["shipping", "Owner"],
        ["receiving", "Receiver"],
      ],
    );
    assert.deepEqual(res.body.journey[0].location, { name: "Packhouse", city: "Almería", country: "ES" });
    assert.deepEqual(res.body.omitted, { contents: 0, journey: 0 });
    assert.equal((await get(`/public/00/${withCheck("10952012300000009")}`)).status, 404);
    const bad = await get(`/public/00/${SSCC.slice(0, -1)}${(Number(SSCC.at(-1)) + 1) % 10}`);
    assert.equal(bad.status, 422);
    assert.match(bad.body.detail, /check digit/);
  });

  test("a logistic unit past the cap lists its latest steps and says how many contents and steps it leaves out", async () => {
    const parentID = "urn:epc:id:sscc:9520123.0000000002";
    const over = PUBLIC_UNIT_MAX_ROWS + 2;
    await insertEvent(t.db, parties.owner, {
      type: "AggregationEvent",
      action: "ADD",
      ...at(4),
      parentID,
      childEPCs: Array.from({ length: over }, (_, i) => `urn:epc:id:sgtin:9520123.012345.${i}`),
      bizStep: "packing",
    });
    for (let minute = 0; minute < over; minute++) {
      await insertEvent(t.db, parties.owner, {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: new Date(Date.UTC(2026, 3, 1, 0, minute)).toISOString(),
        eventTimeZoneOffset: "+00:00",
        epcList: [parentID],
        bizStep: minute === over - 1 ? "departing" : "storing",
      });
    }
    const res = await get(`/public/00/${withCheck("09520123000000002")}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.contents.length, PUBLIC_UNIT_MAX_ROWS);
    assert.equal(res.body.journey.length, PUBLIC_UNIT_MAX_ROWS);
    // 1 packing and `over` observations: the packing and the two earliest observations are left out.
    assert.deepEqual(res.body.omitted, { contents: 2, journey: 3 });
    const steps = res.body.journey.map((e: { bizStep: string; eventTime: string }) => e);
    assert.equal(steps.at(-1).bizStep, "departing");
    assert.ok(!steps.some((e: { bizStep: string }) => e.bizStep === "packing"));
    const times = steps.map((e: { eventTime: string }) => e.eventTime);
    assert.deepEqual(times, [...times].sort(), "the steps kept are shown in time order");
  });

  test("a location lists who registered its GLN, never street or postal code; the GLN's own organisation alone once it registers it", async () => {
    const both = await get(`/public/414/${GLN}`);
    assert.equal(both.status, 200);
    assert.equal(both.body.vouched, false);
    assert.deepEqual(
      both.body.locations.map((l: { name: string; organization: { name: string } }) => [
        l.name,
        l.organization.name,
      ]),
      [
        ["Packhouse", "Owner"],
        ["Impostor shed", "Stranger"],
      ],
    );
    assert.ok(!/Secret|SECRET/.test(JSON.stringify(both.body)));
    await t.db.prisma.organization.update({ where: { id: parties.owner }, data: { gln: GLN } });
    const own = await get(`/public/414/${GLN}`);
    assert.equal(own.body.vouched, true);
    assert.deepEqual(
      own.body.locations.map((l: { name: string }) => l.name),
      ["Packhouse"],
    );
    assert.equal((await get(`/public/414/${withCheck("952012399990")}`)).status, 404);
  });
});
