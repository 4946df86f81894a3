import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  computeCheckDigit,
  deriveEventSalts,
  type FieldGroupName,
  type PublicRecord,
  type PublicRecordProofs,
  type PublicRecordWithDisplay,
  splitEventFields,
} from "@tracemark/sdk";
import { bytesToHex } from "viem";
import { call } from "./testing/actors.ts";
import {
  correctEvent,
  createLotThroughApi,
  fetchPublicRecord,
  recordEvent,
} from "./testing/recordFixtures.ts";
import { waitUntil as waitFor } from "./testing/startPipeline.ts";
import { testAppWithActors } from "./testing/suite.ts";
import { verifyOnTestChain } from "./testing/verifyOnTestChain.ts";

const PURCHASE_ORDER = "urn:epcglobal:cbv:bt:0614141073467:PO-SECRET-8812";
const QUANTITY = 4711;
const OPEN_ORDER = "urn:epcglobal:cbv:bt:0614141073467:PO-OPEN-1";

/**
 * Selective disclosure through the real API, submitter, node and indexer (issue #14): an
 * organisation withholds purchase orders and quantities of its public events; the public record
 * shows neither (nor the event's bare hash or eventID), and still verifies on chain; the lot's
 * owner and the organisation it was shipped to get every field with its salts and verify that too.
 */
describe("selective disclosure: withheld fields stay verifiable and never public", () => {
  const { t, a } = testAppWithActors({}, { contracts: true, pipeline: true });
  let lotId = "";
  const gtinBody = "950600099077";
  const gtin = `0${gtinBody}${computeCheckDigit(gtinBody)}`;

  /** The public record, its proofs (served apart), and `raw`: the text of both, everything public about the lot. */
  async function publicRecord(): Promise<
    PublicRecordWithDisplay & { raw: string; proofs: PublicRecordProofs }
  > {
    const { record, proofs, raw } = await fetchPublicRecord<PublicRecordWithDisplay>(t, gtin, "SECRET-1");
    return { ...record, proofs: proofs as PublicRecordProofs, raw };
  }

  test("settings: an admin of the organisation chooses; another organisation cannot; bad groups are a 400", async () => {
    const url = `/orgs/${a.orgA.id}/disclosure`;
    const settings = { withhold: ["bizTransactions", "quantities"], byBizStep: { packing: [] } };
    const set = await call(t.app, a.orgA.users.admin, "PUT", url, settings);
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json(), settings);
    const refused = await call(t.app, a.orgB.users.admin, "PUT", url, { withhold: [], byBizStep: {} });
    assert.equal(refused.statusCode, 403);
    const operator = await call(t.app, a.orgA.users.operator, "PUT", url, { withhold: [], byBizStep: {} });
    assert.equal(operator.statusCode, 403);
    const bad = await call(t.app, a.orgA.users.admin, "PUT", url, { withhold: ["prices"], byBizStep: {} });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.headers["content-type"] as string, /application\/problem\+json/);
    assert.deepEqual((await call(t.app, a.orgA.users.viewer, "GET", url)).json(), settings);
  });

  test("a public event with a hidden purchase order and quantity verifies; no public response holds them or its event hash", async () => {
    const { orgA } = a;
    const { lot } = await createLotThroughApi(t, orgA, { gtin, name: "Secret apples", lotCode: "SECRET-1" });
    lotId = lot.id;
    const captured: { eventHash: string; leaf: string }[] = [];
    for (const bizStep of ["commissioning", "packing"]) {
      const response = await recordEvent(t, orgA, {
        type: "object",
        action: bizStep === "commissioning" ? "ADD" : "OBSERVE",
        bizStep,
        eventTime: `2026-10-01T${bizStep === "commissioning" ? "08" : "12"}:00:00.000+02:00`,
        lot: { id: lot.id },
        // Packing shows everything (its step's setting), so it carries other values.
        quantity: { value: bizStep === "commissioning" ? QUANTITY : 12, unit: "KGM" },
        bizTransactions: [{ type: "po", id: bizStep === "commissioning" ? PURCHASE_ORDER : OPEN_ORDER }],
      });
      captured.push(response);
    }
    const [hidden, open] = captured as [
      { eventHash: string; leaf: string },
      { eventHash: string; leaf: string },
    ];
    await waitFor("the events to be anchored", async () =>
      (await publicRecord()).events.every((event) => event.anchor !== null),
    );
    const record = await publicRecord();
    const [shownHidden, shownOpen] = record.events;

    // The commissioning event withholds both groups: neither value, nor the bare event hash, nor its salts.
    assert.ok(!record.raw.includes("PO-SECRET-8812"), "the purchase order is not public");
    assert.ok(!record.raw.includes(String(QUANTITY)), "the quantity is not public");
    assert.ok(
      !record.raw.includes(hidden.eventHash.slice(14, 78)),
      "the hidden event's hash is nowhere public",
    );
    assert.equal(shownHidden?.eventHash, undefined);
    assert.equal(shownHidden?.event.eventID, undefined);
    assert.equal(shownHidden?.leaf, hidden.leaf);
    assert.equal(shownHidden?.disclosure, undefined, "disclosures come with the proofs");
    assert.deepEqual(Object.keys(record.proofs.leaves[hidden.leaf]?.disclosure?.withheld ?? {}).sort(), [
      "bizTransactions",
      "eventID",
      "quantities",
    ]);
    assert.deepEqual(record.display.journey[0]?.withheld, [
      "business transactions (purchase orders, invoices…)",
      "quantities",
    ]);
    assert.equal(record.display.journey[0]?.eventHash, hidden.leaf, "the step is known by its leaf");
    const stored = await t.db.prisma.event.findFirstOrThrow({ where: { eventHash: hidden.eventHash } });
    assert.equal(stored.salts, null, "new events keep a seed, not salts");
    const salts = deriveEventSalts({
      seed: bytesToHex(stored.saltSeed as Uint8Array),
      groups: Object.keys(splitEventFields(stored.document as Record<string, unknown>)) as FieldGroupName[],
    });
    for (const salt of [
      salts.eventHash,
      salts.fields.quantities,
      salts.fields.bizTransactions,
      salts.fields.eventID,
    ])
      assert.ok(salt && !record.raw.includes(salt.slice(2)), "no withheld salt is public");
    // Packing shows everything (its step's setting): its event hash too.
    assert.equal(shownOpen?.eventHash, open.eventHash);
    assert.ok(JSON.stringify(shownOpen).includes("PO-OPEN-1"));

    const verdict = await verifyOnTestChain(t, record);
    assert.deepEqual(
      verdict.events.map((e) => e.status),
      ["verified", "verified"],
      JSON.stringify(verdict.events.map((e) => e.reasons)),
    );
    assert.deepEqual(verdict.events[0]?.withheld.sort(), ["bizTransactions", "eventID", "quantities"]);
    assert.equal(verdict.events[0]?.eventHash, hidden.leaf);

    // A shopper who tries to show a guessed quantity fails.
    const guessed = structuredClone(record) as PublicRecord;
    (guessed.events[0] as PublicRecord["events"][number]).event.quantityList = [
      { epcClass: `https://id.gs1.org/01/${gtin}/10/SECRET-1`, quantity: QUANTITY, uom: "KGM" },
    ];
    assert.equal((await verifyOnTestChain(t, guessed)).events[0]?.status, "failed");
  });

  test("the owner and the organisation the lot was shipped to get every field with its salts, and it verifies; others get 404", async () => {
    const { orgA, orgB } = a;
    const ownerView = await call(t.app, orgA.users.viewer, "GET", `/orgs/${orgA.id}/lots/${lotId}/record`);
    assert.equal(ownerView.statusCode, 200, ownerView.body);
    const full = ownerView.json() as PublicRecord;
    assert.ok(ownerView.body.includes("PO-SECRET-8812") && ownerView.body.includes(String(QUANTITY)));
    assert.ok(
      full.events.every((e) => e.eventHash?.startsWith("ni:///sha-256;") && e.disclosure?.eventHashSalt),
    );
    const verdict = await verifyOnTestChain(t, full);
    assert.ok(
      verdict.events.every((e) => e.status === "verified" && e.withheld.length === 0),
      JSON.stringify(verdict.events),
    );

    const before = await call(t.app, orgB.users.viewer, "GET", `/orgs/${orgB.id}/lots/${lotId}/record`);
    assert.equal(before.statusCode, 404, "not shipped to B yet");
    await recordEvent(t, orgA, {
      type: "object",
      action: "OBSERVE",
      bizStep: "shipping",
      eventTime: "2026-10-02T08:00:00.000+02:00",
      lot: { id: lotId },
      destinations: [{ type: "owning_party", organizationId: orgB.id }],
    });
    const partnerView = await call(t.app, orgB.users.viewer, "GET", `/orgs/${orgB.id}/lots/${lotId}/record`);
    assert.equal(partnerView.statusCode, 200, partnerView.body);
    assert.ok(partnerView.body.includes("PO-SECRET-8812"));
    const publicAgain = await publicRecord();
    assert.equal(publicAgain.events.length, 3);
    assert.ok(!publicAgain.raw.includes("PO-SECRET-8812") && !publicAgain.raw.includes(String(QUANTITY)));
    const outsider = await call(t.app, a.outsider, "GET", `/orgs/${orgB.id}/lots/${lotId}/record`);
    assert.ok([401, 403, 404].includes(outsider.statusCode));
  });

  test("a change of the settings shows on the stored public record at once, and the record still verifies", async () => {
    const url = `/orgs/${a.orgA.id}/disclosure`;
    assert.ok(!(await publicRecord()).raw.includes("PO-SECRET-8812"));
    const reveal = await call(t.app, a.orgA.users.admin, "PUT", url, { withhold: [], byBizStep: {} });
    assert.equal(reveal.statusCode, 200, reveal.body);
    const revealed = await publicRecord();
    assert.ok(revealed.raw.includes("PO-SECRET-8812"), "shown at once");
    assert.ok(
      (await verifyOnTestChain(t, revealed)).ok,
      "no event fails (the shipping may still be pending)",
    );
    await call(t.app, a.orgA.users.admin, "PUT", url, {
      withhold: ["bizTransactions", "quantities"],
      byBizStep: {},
    });
    const withheld = await publicRecord();
    assert.ok(!withheld.raw.includes("PO-SECRET-8812"), "withheld again at once");
    assert.ok((await verifyOnTestChain(t, withheld)).ok);
  });

  test("events stored before salt seeds (their salts in `salts`, no seed) still show withheld fields verifiably", async () => {
    // Such an event's salts were drawn at random; the anchored leaf commits to them. Rewritten here
    // to the old form with the salts its seed gives, so that its anchored leaf still matches.
    const rows = await t.db.prisma.event.findMany({
      where: { lotId, saltSeed: { not: null } },
      select: { id: true, saltSeed: true, document: true },
    });
    assert.ok(rows.length >= 3);
    for (const row of rows) {
      const salts = deriveEventSalts({
        seed: bytesToHex(row.saltSeed as Uint8Array),
        groups: Object.keys(splitEventFields(row.document as Record<string, unknown>)) as FieldGroupName[],
      });
      await t.db.prisma.event.update({ where: { id: row.id }, data: { salts, saltSeed: null } });
    }
    const record = await publicRecord();
    assert.ok(!record.raw.includes("PO-SECRET-8812") && !record.raw.includes(String(QUANTITY)));
    assert.ok(
      Object.values(record.proofs.leaves).some((e) => e.disclosure?.withheld.quantities),
      "still withheld",
    );
    assert.ok((await verifyOnTestChain(t, record)).ok, "the public record verifies");
    const full = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/lots/${lotId}/record`);
    assert.ok(full.body.includes("PO-SECRET-8812"));
    assert.ok((await verifyOnTestChain(t, full.json())).ok, "the owner's full record verifies");
  });

  test("an exact location withheld: the step is placed by its country only, and its GLN, name and coordinates are nowhere public", async () => {
    const { orgA } = a;
    const glnBody = "950600099123";
    const gln = `${glnBody}${computeCheckDigit(glnBody)}`;
    const place = await call(t.app, orgA.users.admin, "POST", `/orgs/${orgA.id}/locations`, {
      gln,
      name: "Hidden Cold Store",
      city: "Zaragoza",
      country: "ES",
      latitude: 41.6488,
      longitude: -0.8891,
    });
    assert.equal(place.statusCode, 201, place.body);
    const url = `/orgs/${orgA.id}/disclosure`;
    await call(t.app, orgA.users.admin, "PUT", url, {
      withhold: ["bizTransactions", "quantities"],
      byBizStep: { storing: ["location"] },
    });
    await recordEvent(t, orgA, {
      type: "object",
      action: "OBSERVE",
      bizStep: "urn:epcglobal:cbv:bizstep:storing",
      eventTime: "2026-10-01T18:00:00.000+02:00",
      lot: { id: lotId },
      readPoint: { locationId: place.json().id },
      bizLocation: { gln },
    });
    const record = await publicRecord();
    const step = record.display.journey.find((s) => s.bizStep?.endsWith("storing"));
    assert.deepEqual(step?.location, {
      gln: null,
      name: "ES",
      city: null,
      country: "ES",
      latitude: null,
      longitude: null,
    });
    assert.deepEqual(step?.withheld, ["exact location"]);
    for (const secret of [gln, "Hidden Cold Store", "Zaragoza", "41.6488", place.json().id])
      assert.ok(!record.raw.includes(secret), `${secret} is not public`);
    assert.ok((await verifyOnTestChain(t, record)).ok);
  });

  test("an exact location withheld below a chosen level (country, region, city): the step is placed at that level only", async () => {
    const { orgA } = a;
    const glnBody = "950600099124";
    const gln = `${glnBody}${computeCheckDigit(glnBody)}`;
    const badSubdivision = await call(t.app, orgA.users.admin, "POST", `/orgs/${orgA.id}/locations`, {
      gln,
      name: "Hidden Mill",
      country: "ES",
      subdivision: "FR-IDF",
    });
    assert.equal(badSubdivision.statusCode, 400, badSubdivision.body);
    assert.match(badSubdivision.body, /ISO 3166-2/);
    const place = await call(t.app, orgA.users.admin, "POST", `/orgs/${orgA.id}/locations`, {
      gln,
      name: "Hidden Mill",
      street: "Calle Secreta 7",
      city: "Huesca",
      region: "Aragón",
      subdivision: "ES-AR",
      country: "ES",
      latitude: 42.1401,
      longitude: -0.4089,
    });
    assert.equal(place.statusCode, 201, place.body);
    assert.equal(place.json().subdivision, "ES-AR");
    const url = `/orgs/${orgA.id}/disclosure`;
    const bad = await call(t.app, orgA.users.admin, "PUT", url, {
      withhold: [],
      byBizStep: {},
      locationLevel: "street",
    });
    assert.equal(bad.statusCode, 400, bad.body);
    await recordEvent(t, orgA, {
      type: "object",
      action: "OBSERVE",
      bizStep: "urn:epcglobal:cbv:bizstep:inspecting",
      eventTime: "2026-10-01T19:00:00.000+02:00",
      lot: { id: lotId },
      bizLocation: { gln },
    });
    const placeAt = async (locationLevel: string) => {
      const set = await call(t.app, orgA.users.admin, "PUT", url, {
        withhold: ["bizTransactions", "quantities"],
        byBizStep: { inspecting: ["location"] },
        locationLevel,
      });
      assert.equal(set.statusCode, 200, set.body);
      assert.equal(set.json().locationLevel, locationLevel);
      const record = await publicRecord();
      const step = record.display.journey.find((s) => s.bizStep?.endsWith("inspecting"));
      assert.deepEqual(step?.withheld, ["exact location"]);
      for (const secret of [gln, "Hidden Mill", "Calle Secreta", "42.1401", place.json().id])
        assert.ok(!record.raw.includes(secret), `${secret} is not public`);
      assert.ok((await verifyOnTestChain(t, record)).ok);
      return { location: step?.location, raw: record.raw };
    };
    const byCountry = await placeAt("country");
    assert.equal(byCountry.location?.name, "ES");
    assert.ok(!byCountry.raw.includes("Aragón") && !byCountry.raw.includes("Huesca"));
    const byRegion = await placeAt("region");
    assert.deepEqual(byRegion.location, {
      gln: null,
      name: "Aragón",
      city: null,
      country: "ES",
      latitude: null,
      longitude: null,
    });
    assert.ok(!byRegion.raw.includes("Huesca"), "the city is below the chosen level");
    const byCity = await placeAt("city");
    assert.deepEqual(byCity.location, {
      gln: null,
      name: "Huesca, Aragón",
      city: null,
      country: "ES",
      latitude: null,
      longitude: null,
    });
  });

  test("a correction that withholds nothing names a step that withholds fields by its leaf: that step's event hash is nowhere public, and the record verifies", async () => {
    const { orgA } = a;
    const url = `/orgs/${orgA.id}/disclosure`;
    await call(t.app, orgA.users.admin, "PUT", url, {
      withhold: ["bizTransactions", "quantities"],
      byBizStep: { packing: [] },
    });
    // A packing step shown whole, corrected by a commissioning step that withholds its order and quantity.
    const packed = await recordEvent(t, orgA, {
      type: "object",
      action: "OBSERVE",
      bizStep: "packing",
      eventTime: "2026-10-02T08:00:00.000+02:00",
      lot: { id: lotId },
    });
    const corrected = await correctEvent(t, orgA, packed.id, {
      errorReason: "incorrect_data",
      reason: "It was a commissioning",
      event: {
        type: "object",
        action: "ADD",
        bizStep: "commissioning",
        eventTime: "2026-10-02T08:00:00.000+02:00",
        lot: { id: lotId },
        quantity: { value: 8813.5, unit: "KGM" },
        bizTransactions: [{ type: "po", id: "urn:epcglobal:cbv:bt:0614141073467:PO-SECRET-8813" }],
      },
    });
    assert.equal(corrected.statusCode, 201, corrected.body);
    const { corrective } = corrected.json() as { corrective: { eventHash: string; leaf: string } };
    await waitFor("the correction to be anchored", async () =>
      (await publicRecord()).events.every((event) => event.anchor !== null),
    );
    const record = await publicRecord();
    for (const secret of ["PO-SECRET-8813", "8813.5", corrective.eventHash.slice(14, 78)])
      assert.ok(!record.raw.includes(secret), `${secret} is not public`);
    const step = record.display.journey.find((s) => s.correction?.errorReason === "incorrect_data");
    assert.deepEqual(step?.correction?.correctiveEventHashes, [corrective.leaf], "named by its leaf");
    const declared = record.display.journey.find((s) => s.corrects !== null);
    assert.equal(declared?.corrects, step?.eventHash, "the declaration names the step it corrects");
    const verdict = await verifyOnTestChain(t, record);
    assert.ok(verdict.ok, JSON.stringify(verdict.events.map((e) => e.reasons)));
    assert.ok(verdict.complete);
  });
});
