import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { computeCheckDigit, type PublicRecordWithDisplay } from "@tracemark/sdk";
import { type Actors, type Credentials, call, createActors } from "./testing/actors.ts";
import { buildTestApp, type TestApp } from "./testing/buildTestApp.ts";
import { captureProcessed, epcisDocumentOf, observation } from "./testing/captureFixtures.ts";
import { publicProofsOf } from "./testing/publicProofsOf.ts";
import {
  correctEvent,
  createLotThroughApi,
  fetchPublicRecord,
  recordEvent,
} from "./testing/recordFixtures.ts";
import { startPipeline } from "./testing/startPipeline.ts";
import { verifyOnTestChain } from "./testing/verifyOnTestChain.ts";

/**
 * Visibility per event, for each audience, through the real API, submitter, node and indexer. A
 * lot of A (the owner) shipped to B (its partner): A records a public step, a private step and a
 * partner step (the shipping); B a public receiving step and a private step. The shopper (anyone,
 * no session) sees the public steps in full and each other step only as "a step by {organisation}
 * on {date}" with its anchor, and Verify proves every step, hidden ones included, is anchored; no
 * public response carries any hidden value or any organisation's internal id. B sees A's public and
 * partner steps and all its own; A sees its own and B's public step; a stranger sees no lot.
 */
describe("visibility per event: shopper, partner, owner, stranger", () => {
  let t: TestApp;
  let a: Actors;
  let stranger: Actors["orgA"];
  let stop: () => Promise<void>;
  const gtinBody = "950600099117";
  const gtin = `0${gtinBody}${computeCheckDigit(gtinBody)}`;
  const lotCode = "VIS-1";
  let lotId = "";
  /** Values only the hidden steps carry: none may appear in a public response. */
  const secrets = {
    privatePurchaseOrder: "urn:example:po:OWNER-PRIVATE-4711",
    partnerPurchaseOrder: "urn:example:po:OWNER-PARTNER-4712",
    receiverPrivateOrder: "urn:example:po:RECEIVER-PRIVATE-4713",
  };
  const ids = { public: "", private: "", partners: "", received: "", receiverPrivate: "" };
  const hashes: string[] = [];

  const record = (who: Actors["orgA"], body: Record<string, unknown>) =>
    recordEvent(t, who, { type: "object", action: "OBSERVE", lot: { gtin, lotCode }, ...body });
  const publicRecord = async () =>
    (await fetchPublicRecord<PublicRecordWithDisplay>(t, gtin, lotCode)).record;
  const lotEvents = async (who: Credentials, orgId: string) =>
    call(t.app, who, "GET", `/orgs/${orgId}/lots/${lotId}/events`);
  const lotTrace = async (who: Credentials, orgId: string) =>
    call(t.app, who, "GET", `/orgs/${orgId}/lots/${lotId}/trace`);
  const idsIn = (body: { items: { id: string }[] }) => body.items.map((e) => e.id).sort();

  before(async () => {
    t = await buildTestApp({}, { contracts: true });
    a = await createActors(t);
    stranger = (await createActors(t)).orgA;
    const { product, lot } = await createLotThroughApi(t, a.orgA, { gtin, name: "Olive oil", lotCode });
    lotId = lot.id;
    await t.db.prisma.serialItem.create({
      data: { organizationId: a.orgA.id, productId: product.id, lotId, serial: "S1" },
    });

    ids.public = (
      await record(a.orgA, {
        action: "ADD",
        bizStep: "commissioning",
        eventTime: "2026-10-01T08:00:00.000+02:00",
      })
    ).id;
    const hidden = await record(a.orgA, {
      bizStep: "storing",
      eventTime: "2026-10-01T12:00:00.000+02:00",
      quantity: { value: 4711.25, unit: "KGM" },
      bizTransactions: [{ type: "po", id: secrets.privatePurchaseOrder }],
      visibility: "private",
    });
    ids.private = hidden.id;
    const shipped = await record(a.orgA, {
      bizStep: "shipping",
      eventTime: "2026-10-02T08:00:00.000+02:00",
      bizTransactions: [{ type: "po", id: secrets.partnerPurchaseOrder }],
      destinations: [{ type: "owning_party", organizationId: a.orgB.id }],
      visibility: "partners",
    });
    ids.partners = shipped.id;
    ids.received = (
      await record(a.orgB, { bizStep: "receiving", eventTime: "2026-10-02T15:00:00.000+02:00" })
    ).id;
    const receiverPrivate = await record(a.orgB, {
      bizStep: "inspecting",
      eventTime: "2026-10-03T09:00:00.000+02:00",
      bizTransactions: [{ type: "po", id: secrets.receiverPrivateOrder }],
      visibility: "private",
    });
    ids.receiverPrivate = receiverPrivate.id;
    hashes.push(hidden.eventHash, shipped.eventHash, receiverPrivate.eventHash);

    stop = startPipeline(t);
  });
  after(async () => {
    await stop();
    await t.close();
  });

  test("the shopper sees the public steps in full and every other step only as who and which day", async () => {
    const shown = await publicRecord();
    assert.deepEqual(
      shown.events.map((e) => e.event.bizStep),
      ["commissioning", "receiving"],
    );
    assert.deepEqual(
      shown.hiddenSteps?.map((s) => [s.organisation.name, s.date]),
      [
        ["Org A", "2026-10-01"],
        ["Org A", "2026-10-02"],
        ["Org B", "2026-10-03"],
      ],
    );
    assert.deepEqual(
      shown.display.hiddenSteps?.map((s) => [s.organisation, s.date]),
      [
        ["Org A", "2026-10-01"],
        ["Org A", "2026-10-02"],
        ["Org B", "2026-10-03"],
      ],
    );
    for (const step of shown.hiddenSteps ?? []) {
      assert.deepEqual(Object.keys(step).sort(), ["anchor", "date", "leaf", "organisation"]);
    }
  });

  test("hidden steps take their place in time among the public ones, not after them", async () => {
    const shown = await publicRecord();
    // commissioning (public) · storing (private) · shipping (partners) · receiving (public) · inspecting (private)
    assert.deepEqual(
      shown.display.hiddenSteps?.map((s) => s.position),
      [1, 1, 2],
    );
    assert.deepEqual(
      shown.display.journey.map((s) => s.bizStep),
      ["commissioning", "receiving"],
    );
  });

  test("no public response carries a hidden value, an event hash of a hidden step or an organisation's internal id", async () => {
    const urls = [`/public/01/${gtin}/10/${lotCode}`, `/public/01/${gtin}/10/${lotCode}/21/S1`];
    const forbidden = [
      ...Object.values(secrets),
      "4711.25",
      ...hashes,
      ids.private,
      ids.partners,
      ids.receiverPrivate,
      a.orgA.id,
      a.orgB.id,
      a.orgA.id.replaceAll("-", ""),
      a.orgB.id.replaceAll("-", ""),
    ];
    for (const url of urls) {
      const response = await t.app.inject({ method: "GET", url });
      assert.equal(response.statusCode, 200, response.body);
      for (const value of forbidden) {
        assert.ok(!response.body.toLowerCase().includes(value.toLowerCase()), `${url} reveals ${value}`);
      }
    }
  });

  test("the partner sees the owner's public and partner steps and all its own, not the owner's private step", async () => {
    const response = await lotEvents(a.orgB.users.viewer, a.orgB.id);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(
      idsIn(response.json()),
      [ids.public, ids.partners, ids.received, ids.receiverPrivate].sort(),
    );
    assert.ok(!response.body.includes(secrets.privatePurchaseOrder));
    const visibilityOf = new Map(
      (response.json().items as { id: string; visibility: string }[]).map((e) => [e.id, e.visibility]),
    );
    assert.equal(visibilityOf.get(ids.partners), "partners");
  });

  test("the partner's full record (with salts) shows the partner steps and its own whole, the owner's private step only as hidden", async () => {
    const response = await call(t.app, a.orgB.users.viewer, "GET", `/orgs/${a.orgB.id}/lots/${lotId}/record`);
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as PublicRecordWithDisplay;
    const shown = JSON.stringify(body.events);
    assert.ok(shown.includes(secrets.partnerPurchaseOrder), "the partner step is shown whole");
    assert.ok(shown.includes(secrets.receiverPrivateOrder), "its own private step is shown whole");
    assert.ok(!JSON.stringify(body).includes(secrets.privatePurchaseOrder), "not the owner's private step");
    assert.equal(body.hiddenSteps?.length, 1);
  });

  test("the owner sees all its own steps and the partner's public step, not the partner's private one", async () => {
    const response = await lotEvents(a.orgA.users.viewer, a.orgA.id);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(idsIn(response.json()), [ids.public, ids.private, ids.partners, ids.received].sort());
    assert.ok(!response.body.includes(secrets.receiverPrivateOrder));
  });

  test("a stranger sees no lot, and sees the record only as the shopper does", async () => {
    const response = await lotEvents(stranger.users.owner, stranger.id);
    assert.equal(response.statusCode, 404, response.body);
    const trace = await lotTrace(stranger.users.owner, stranger.id);
    assert.equal(trace.statusCode, 404, trace.body);
  });

  test("the trace shows the partner's private step to nobody but the partner", async () => {
    const ownerTrace = await lotTrace(a.orgA.users.viewer, a.orgA.id);
    assert.equal(ownerTrace.statusCode, 200, ownerTrace.body);
    assert.ok(
      !ownerTrace.body.includes(hashes[2] ?? "?"),
      "the owner's trace shows the partner's private step",
    );
    const partnerTrace = await lotTrace(a.orgB.users.viewer, a.orgB.id);
    assert.equal(partnerTrace.statusCode, 200, partnerTrace.body);
    assert.ok(
      !partnerTrace.body.includes(hashes[0] ?? "?"),
      "the partner's trace shows the owner's private step",
    );
  });

  test("Verify proves every step anchored, the hidden ones by their leaf; a hidden step's leaf changed fails", async () => {
    const deadline = Date.now() + 60_000;
    let shown = await publicRecord();
    while (
      Date.now() < deadline &&
      ![...shown.events, ...(shown.hiddenSteps ?? [])].every((e) => e.anchor !== null)
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      shown = await publicRecord();
    }
    const proofs = await publicProofsOf(t.app, shown);
    const verdict = await verifyOnTestChain(t, shown, proofs);
    assert.deepEqual(
      [...verdict.events, ...verdict.hiddenSteps].map((v) => v.status),
      ["verified", "verified", "verified", "verified", "verified"],
      JSON.stringify([...verdict.events, ...verdict.hiddenSteps].map((v) => v.reasons)),
    );
    assert.equal(verdict.ok, true);

    const tampered = structuredClone(shown);
    const step = tampered.hiddenSteps?.[0];
    assert.ok(step);
    step.leaf = `0x${"ab".repeat(32)}`;
    const caught = await verifyOnTestChain(t, tampered, proofs);
    assert.equal(caught.ok, false);
    assert.equal(caught.hiddenSteps[0]?.status, "failed");
  });

  test("the owner changes a step's visibility: recorded (who, when, from, to), shown at once; no one else may", async () => {
    const url = `/orgs/${a.orgA.id}/events/${ids.private}/visibility`;
    const forbidden = await call(t.app, a.orgA.users.viewer, "PUT", url, { visibility: "public" });
    assert.equal(forbidden.statusCode, 403, forbidden.body);
    const foreign = await call(
      t.app,
      a.orgB.users.owner,
      "PUT",
      `/orgs/${a.orgB.id}/events/${ids.private}/visibility`,
      {
        visibility: "public",
      },
    );
    assert.equal(foreign.statusCode, 404, foreign.body);
    const bad = await call(t.app, a.orgA.users.operator, "PUT", url, { visibility: "everyone" });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.headers["content-type"] ?? "", /application\/problem\+json/);

    const before = await publicRecord();
    const changed = await call(t.app, a.orgA.users.operator, "PUT", url, { visibility: "partners" });
    assert.equal(changed.statusCode, 200, changed.body);
    const opened = await call(t.app, a.orgA.users.operator, "PUT", url, { visibility: "public" });
    assert.equal(opened.statusCode, 200, opened.body);
    const detail = opened.json();
    assert.equal(detail.visibility, "public");
    assert.deepEqual(
      detail.visibilityChanges.map((c: { from: string; to: string; userName: string }) => [
        c.from,
        c.to,
        c.userName,
      ]),
      [
        ["private", "partners", "Org A operator"],
        ["partners", "public", "Org A operator"],
      ],
    );
    assert.equal(detail.eventHash, hashes[0], "the event's hash does not change with its visibility");
    const after = await publicRecord();
    assert.equal(after.events.length, before.events.length + 1);
    assert.equal(after.hiddenSteps?.length, (before.hiddenSteps?.length ?? 0) - 1);
    assert.ok(after.events.some((e) => e.eventHash === hashes[0]));
  });

  test("defaults per organisation and business step apply at capture; the EPCIS extension tm:visibility overrides them", async () => {
    const settings = await call(t.app, a.orgA.users.admin, "PUT", `/orgs/${a.orgA.id}/visibility`, {
      defaultVisibility: "partners",
      bizStepVisibility: { packing: "private" },
    });
    assert.equal(settings.statusCode, 200, settings.body);
    const notAStep = await call(t.app, a.orgA.users.admin, "PUT", `/orgs/${a.orgA.id}/visibility`, {
      defaultVisibility: "public",
      bizStepVisibility: { "not-a-step": "private" },
    });
    assert.equal(notAStep.statusCode, 400, notAStep.body);
    const byOperator = await call(t.app, a.orgA.users.operator, "PUT", `/orgs/${a.orgA.id}/visibility`, {
      defaultVisibility: "public",
      bizStepVisibility: {},
    });
    assert.equal(byOperator.statusCode, 403, byOperator.body);

    const packed = await record(a.orgA, { bizStep: "packing", eventTime: "2026-10-01T13:00:00.000+02:00" });
    assert.equal(packed.visibility, "private");
    const other = await record(a.orgA, { bizStep: "inspecting", eventTime: "2026-10-01T14:00:00.000+02:00" });
    assert.equal(other.visibility, "partners");

    const lotUri = `https://id.gs1.org/01/${gtin}/10/${lotCode}`;
    const document = epcisDocumentOf(
      [
        observation({ bizStep: "packing", quantityList: [{ epcClass: lotUri }], "tm:visibility": "public" }),
        observation({ bizStep: "storing", quantityList: [{ epcClass: lotUri }] }),
      ],
      { tm: "https://tracemark.dev/ns/epcis/" },
    );
    const { captureId } = await captureProcessed(t, a, document);
    const stored = await t.db.prisma.event.findMany({
      where: { captureId },
      orderBy: { eventTime: "asc" },
    });
    assert.deepEqual(
      stored.map((e) => e.visibility),
      ["public", "partners"],
    );
    assert.ok(
      stored.every((e) => !("tm:visibility" in (e.document as object))),
      "the visibility is not part of the stored (hashed) event",
    );

    const wrong = epcisDocumentOf(
      [observation({ quantityList: [{ epcClass: lotUri }], "tm:visibility": "friends" })],
      {
        tm: "https://tracemark.dev/ns/epcis/",
      },
    );
    const { job: failed } = await captureProcessed(t, a, wrong);
    assert.equal(failed.status, "failed");
    assert.match(JSON.stringify(failed.errors), /tm:visibility.*must be one of public, partners, private/);
  });

  test("correcting a hidden step keeps it hidden: the declaration repeats it with its visibility", async () => {
    const secret = "urn:example:po:CORRECTED-PRIVATE-4714";
    const hidden = await record(a.orgA, {
      bizStep: "storing",
      eventTime: "2026-10-04T10:00:00.000+02:00",
      bizTransactions: [{ type: "po", id: secret }],
      visibility: "private",
    });
    const corrected = await correctEvent(t, a.orgA, hidden.id, {
      errorReason: "incorrect_data",
      reason: "wrong order",
      event: {
        type: "object",
        action: "OBSERVE",
        bizStep: "storing",
        eventTime: "2026-10-04T10:00:00.000+02:00",
        lot: { gtin, lotCode },
      },
    });
    assert.equal(corrected.statusCode, 201, corrected.body);
    assert.equal(corrected.json().declaration.visibility, "private");
    assert.equal(corrected.json().corrective.visibility, "private");
    const { raw } = await fetchPublicRecord(t, gtin, lotCode);
    assert.ok(!raw.includes(secret), "the public record repeats the corrected private step");
  });
});
