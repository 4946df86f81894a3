import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { commitEvent, computeEventHash, eventHashToLeaf } from "@tracemark/sdk";
import { bytesToHex } from "viem";
import { call } from "../../testing/actors.ts";
import { createLocation, createLot, uniqueEventTime, uniqueGln } from "../../testing/captureFixtures.ts";
import { insertEvent } from "../../testing/events.ts";
import { correctEvent, recordEvent } from "../../testing/recordFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("events: simple capture, detail, corrections", () => {
  const { t, a } = testAppWithActors();

  const events = (orgId: string) => `/orgs/${orgId}/events`;
  const correct = (eventId: string, body: Record<string, unknown>) => correctEvent(t, a.orgA, eventId, body);

  test("an object event is built as EPCIS 2.0, hashed, stored with identifiers and attachments, and read back", async () => {
    const { lot, gtin, lotCode } = await createLot(t, a.orgA.id);
    const location = await createLocation(t, a.orgA.id);
    const upload = await t.app.inject({
      method: "POST",
      url: `/orgs/${a.orgA.id}/documents`,
      headers: { ...a.orgA.users.operator.headers, "content-type": "application/pdf" },
      payload: Buffer.from("%PDF-1.7 certificate"),
    });
    assert.equal(upload.statusCode, 201, upload.body);
    const sha256 = upload.json().sha256;
    const input = {
      type: "object",
      action: "ADD",
      bizStep: "commissioning",
      disposition: "active",
      eventTime: "2026-03-04T11:00:30.000+01:00",
      lot: { id: lot.id },
      quantity: { value: 120.5, unit: "KGM" },
      serials: ["S-1", "S-2"],
      readPoint: { locationId: location.id },
      bizLocation: { gln: location.gln, extension: "3" },
      sensorElementList: [{ sensorReport: [{ type: "Temperature", value: 4.5, uom: "CEL" }] }],
      namespaces: { ex: "https://example.com/ns/" },
      ilmd: { "ex:harvestField": "north" },
      documents: [sha256],
    };
    const created = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), input);
    assert.equal(created.statusCode, 201, created.body);
    const event = created.json();
    assert.equal(event.document.type, "ObjectEvent");
    assert.equal(event.document.eventID, event.eventHash);
    assert.equal(event.document.eventTimeZoneOffset, "+01:00");
    assert.deepEqual(event.document.quantityList, [
      { epcClass: `https://id.gs1.org/01/${gtin}/10/${lotCode}`, quantity: 120.5, uom: "KGM" },
    ]);
    assert.deepEqual(event.document.epcList, [
      `https://id.gs1.org/01/${gtin}/21/S-1`,
      `https://id.gs1.org/01/${gtin}/21/S-2`,
    ]);
    assert.equal(event.document.readPoint.id, `https://id.gs1.org/414/${location.gln}`);
    assert.equal(event.document.bizLocation.id, `https://id.gs1.org/414/${location.gln}/254/3`);
    assert.deepEqual(event.document["tm:documents"], [sha256], "the attachment's hash is part of the event");
    assert.equal(
      computeEventHash({ event: event.document }),
      event.eventHash,
      "the stored document hashes alone",
    );
    const { salts, saltSeed, leafVersion } = await t.db.prisma.event.findUniqueOrThrow({
      where: { id: event.id },
      select: { salts: true, saltSeed: true, leafVersion: true },
    });
    assert.equal(leafVersion, 2, "new events are anchored with version-2 leaves");
    assert.equal(salts, null, "no salts are stored, only their seed");
    assert.equal(saltSeed?.length, 16, "a 16-byte seed");
    const committed = commitEvent({
      event: event.document,
      eventHash: event.eventHash,
      saltSeed: bytesToHex(saltSeed as Uint8Array),
    });
    assert.equal(event.leaf, committed.leaf);
    assert.notEqual(event.leaf, eventHashToLeaf(event.eventHash));
    assert.equal(event.anchorStatus, "pending");
    assert.equal(event.anchor, null);
    assert.equal(event.lotId, lot.id);
    assert.deepEqual(event.attachments, [
      { sha256, contentType: "application/pdf", size: 20, fileName: null },
    ]);
    assert.deepEqual(
      event.identifiers.map((i: { role: string; lotId: string | null }) => [i.role, i.lotId]),
      [
        ["epc", null],
        ["epc", null],
        ["quantity", lot.id],
      ],
    );

    const read = await call(t.app, a.orgA.users.viewer, "GET", `${events(a.orgA.id)}/${event.id}`);
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(read.json(), event);
    const foreign = await call(t.app, a.orgB.users.owner, "GET", `${events(a.orgB.id)}/${event.id}`);
    assert.equal(foreign.statusCode, 404, "another organisation's event is not found in its own scope");
  });

  test("an event whose anchor batch failed shows failed with the contract's reason, in its detail and in the query", async () => {
    const { id, leaf } = await insertEvent(t.db, a.orgA.id, {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-06T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      epcList: ["https://id.gs1.org/01/09506000134352/21/FAILED-1"],
    });
    // As the submitter leaves a batch whose anchor reverted because its relayer is no longer a writer.
    const failureReason = `NotOrganisationWriter(0x${"12".repeat(16)}, 0x${"34".repeat(20)})`;
    const batch = await t.db.prisma.anchorBatch.create({
      data: { organizationId: a.orgA.id, root: leaf, eventCount: 1, status: "failed", failureReason },
    });
    await t.db.prisma.event.update({ where: { id }, data: { batchId: batch.id, treeNode: 0 } });

    const detail = await call(t.app, a.orgA.users.viewer, "GET", `${events(a.orgA.id)}/${id}`);
    assert.equal(detail.statusCode, 200, detail.body);
    assert.equal(detail.json().anchorStatus, "failed");
    assert.equal(detail.json().anchor.failureReason, failureReason);
    const queried = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `${events(a.orgA.id)}?MATCH_epc=https://id.gs1.org/01/09506000134352/21/FAILED-1`,
    );
    assert.equal(queried.statusCode, 200, queried.body);
    const [item] = queried.json().items;
    assert.equal(item.id, id);
    assert.equal(item.anchor.status, "failed");
    assert.equal(item.anchor.failureReason, failureReason);
  });

  test("the same event again returns the stored one (200), without a duplicate", async () => {
    const { lot } = await createLot(t, a.orgA.id);
    const input = { type: "object", action: "OBSERVE", eventTime: uniqueEventTime(), lot: { id: lot.id } };
    const first = await call(t.app, a.orgA.apiKeys.operator, "POST", events(a.orgA.id), input);
    assert.equal(first.statusCode, 201, first.body);
    const before = await t.db.prisma.event.count();
    const again = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), input);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().id, first.json().id);
    assert.equal(await t.db.prisma.event.count(), before);
  });

  test("bad input is a 400/422 naming the field, and writes nothing", async () => {
    const { lot } = await createLot(t, a.orgA.id);
    const { lot: foreignLot } = await createLot(t, a.orgB.id);
    const before = await t.db.prisma.event.count();
    const cases: [unknown, number, string][] = [
      [
        {
          type: "object",
          action: "ADD",
          eventTime: uniqueEventTime(),
          lot: { id: lot.id },
          bizStep: "juggling",
        },
        422,
        "body.bizStep",
      ],
      [
        { type: "object", action: "ADD", eventTime: uniqueEventTime(), lot: { id: foreignLot.id } },
        422,
        "body.lot.id",
      ],
      [{ type: "object", eventTime: uniqueEventTime(), lot: { id: lot.id } }, 422, "body.action"],
      [{ type: "object", action: "ADD", eventTime: "yesterday", lot: { id: lot.id } }, 400, "body.eventTime"],
      [{ type: "object", action: "ADD", eventTime: uniqueEventTime(), serials: ["1"] }, 422, "body.serials"],
      [
        {
          type: "object",
          action: "ADD",
          eventTime: uniqueEventTime(),
          lot: { id: lot.id },
          documents: ["a".repeat(64)],
        },
        422,
        "body.documents[0]",
      ],
      [
        {
          type: "object",
          action: "ADD",
          eventTime: uniqueEventTime(),
          lot: { id: lot.id },
          readPoint: { gln: "9520123456781" },
        },
        422,
        "body.readPoint.gln",
      ],
      [
        {
          type: "object",
          action: "ADD",
          eventTime: uniqueEventTime(),
          lot: { id: lot.id },
          ilmd: { undeclared: 1 },
        },
        422,
        "body.ilmd.undeclared",
      ],
    ];
    for (const [body, status, field] of cases) {
      const response = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), body);
      assert.equal(response.statusCode, status, `${field}: ${response.body}`);
      const fields = response.json().errors.map((e: { field: string }) => e.field);
      assert.ok(fields.includes(field), `expected ${field} in ${JSON.stringify(fields)}`);
    }
    assert.equal(await t.db.prisma.event.count(), before);
  });

  test("an event naming another organisation's serial item is a 422 naming the field, the item and the event", async () => {
    const { lot, product, gtin } = await createLot(t, a.orgB.id);
    await t.db.prisma.serialItem.create({
      data: { organizationId: a.orgB.id, productId: product.id, lotId: lot.id, serial: "B-1" },
    });
    const serial = `https://id.gs1.org/01/${gtin}/21/B-1`;
    const before = await t.db.prisma.event.count();
    const response = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
      type: "object",
      action: "OBSERVE",
      eventTime: uniqueEventTime(),
      epcs: [serial],
    });
    assert.equal(response.statusCode, 422, response.body);
    assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
    const problem = response.json();
    assert.equal(problem.type, "https://tracemark.dev/problems/reference-to-another-organisation");
    assert.equal(problem.title, "Reference to another organisation");
    assert.equal(problem.errors.length, 1);
    assert.equal(problem.errors[0].field, "body.epcs");
    assert.match(
      problem.errors[0].message,
      new RegExp(
        `^${serial} is a serial item of a lot of another organisation, which has not shipped it to you \\(event ni:///sha-256;`,
      ),
    );
    assert.equal(await t.db.prisma.event.count(), before);
  });

  test("a transformation names its inputs and outputs; the event is about its output lot", async () => {
    const input1 = await createLot(t, a.orgA.id);
    const input2 = await createLot(t, a.orgA.id);
    const output = await createLot(t, a.orgA.id);
    const response = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
      type: "transformation",
      bizStep: "commissioning",
      eventTime: uniqueEventTime(),
      inputs: [
        { lot: { id: input1.lot.id }, quantity: { value: 10, unit: "KGM" } },
        { lot: { gtin: input2.gtin, lotCode: input2.lotCode }, quantity: { value: 5, unit: "KGM" } },
      ],
      outputs: [{ lot: { id: output.lot.id }, quantity: { value: 14, unit: "KGM" } }],
    });
    assert.equal(response.statusCode, 201, response.body);
    const event = response.json();
    assert.equal(event.document.type, "TransformationEvent");
    assert.equal(event.document.inputQuantityList.length, 2);
    assert.equal(event.lotId, output.lot.id);
    const roles = event.identifiers
      .map((i: { role: string; lotId: string }) => `${i.role}:${i.lotId}`)
      .sort();
    assert.deepEqual(
      roles,
      [
        `inputQuantity:${input1.lot.id}`,
        `inputQuantity:${input2.lot.id}`,
        `outputQuantity:${output.lot.id}`,
      ].sort(),
    );
  });

  test("an aggregation packs a lot under a pallet", async () => {
    const { lot } = await createLot(t, a.orgA.id);
    const response = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
      type: "aggregation",
      action: "ADD",
      bizStep: "packing",
      eventTime: uniqueEventTime(),
      parent: "urn:epc:id:sscc:4012345.0000000111",
      lot: { id: lot.id },
      quantity: { value: 40, unit: "EA" },
    });
    assert.equal(response.statusCode, 201, response.body);
    const event = response.json();
    assert.equal(event.document.parentID, "urn:epc:id:sscc:4012345.0000000111");
    assert.ok(
      event.identifiers.some(
        (i: { role: string; value: string }) =>
          i.role === "parent" && i.value === "https://id.gs1.org/00/040123450000001112",
      ),
    );
    assert.ok(
      event.identifiers.some(
        (i: { role: string; lotId: string }) => i.role === "childQuantity" && i.lotId === lot.id,
      ),
    );
  });

  test("a transformation creates new output lots of the organisation's products with the event, in one transaction", async () => {
    const input1 = await createLot(t, a.orgA.id);
    const input2 = await createLot(t, a.orgA.id);
    const { product } = await createLot(t, a.orgA.id);
    const response = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
      type: "transformation",
      bizStep: "commissioning",
      eventTime: uniqueEventTime(),
      inputs: [
        { lot: { id: input1.lot.id }, quantity: { value: 10, unit: "KGM" } },
        { lot: { id: input2.lot.id }, quantity: { value: 5, unit: "KGM" } },
      ],
      outputs: [
        {
          newLot: { productId: product.id, lotCode: "BLEND-1", productionDate: "2026-03-05" },
          quantity: { value: 14, unit: "KGM" },
        },
      ],
    });
    assert.equal(response.statusCode, 201, response.body);
    const event = response.json();
    const created = await t.db.prisma.lot.findFirstOrThrow({
      where: { productId: product.id, lotCode: "BLEND-1" },
    });
    assert.equal(created.organizationId, a.orgA.id);
    assert.equal(created.productionDate?.toISOString().slice(0, 10), "2026-03-05");
    assert.equal(String(created.quantity), "14");
    assert.equal(created.unit, "KGM");
    assert.equal(event.lotId, created.id, "the event is about the new lot");
    assert.ok(
      event.identifiers.some(
        (i: { role: string; lotId: string }) => i.role === "outputQuantity" && i.lotId === created.id,
      ),
      "the output is linked to the new lot, so the trace follows it",
    );
  });

  test("a new output lot that cannot be made is refused with a field error, and nothing is written", async () => {
    const input = await createLot(t, a.orgA.id);
    const existing = await createLot(t, a.orgA.id);
    const ofB = await createLot(t, a.orgB.id);
    const [lotsBefore, eventsBefore] = [await t.db.prisma.lot.count(), await t.db.prisma.event.count()];
    const attempt = (newLot: Record<string, unknown>, more: Record<string, unknown> = {}) =>
      call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
        type: "transformation",
        eventTime: uniqueEventTime(),
        inputs: [{ lot: { id: input.lot.id } }],
        outputs: [{ newLot, quantity: { value: 1 } }],
        ...more,
      });
    for (const [newLot, status, field] of [
      [{ productId: existing.product.id, lotCode: existing.lotCode }, 409, "body.outputs[0].newLot.lotCode"],
      [{ productId: ofB.product.id, lotCode: "NEW-1" }, 422, "body.outputs[0].newLot.productId"],
      [{ productId: existing.product.id, lotCode: "bad lot/code?" }, 422, "body.outputs[0].newLot.lotCode"],
      [
        {
          productId: existing.product.id,
          lotCode: "NEW-2",
          productionDate: "2026-03-05",
          expiryDate: "2026-03-01",
        },
        422,
        "body.outputs[0].newLot.expiryDate",
      ],
    ] as const) {
      const response = await attempt(newLot);
      assert.equal(response.statusCode, status, response.body);
      assert.match(response.headers["content-type"] ?? "", /problem\+json/);
      assert.ok(
        response.json().errors.some((e: { field: string }) => e.field === field),
        `${field}: ${response.body}`,
      );
    }
    // The new lot is valid, but the event names B's lot: the lot is not created either.
    const refused = await attempt(
      { productId: existing.product.id, lotCode: "NEW-3" },
      { inputs: [{ lot: { gtin: ofB.gtin, lotCode: ofB.lotCode } }] },
    );
    assert.equal(refused.statusCode, 422, refused.body);
    const twice = await attempt(
      { productId: existing.product.id, lotCode: "NEW-4" },
      {
        outputs: [
          { newLot: { productId: existing.product.id, lotCode: "NEW-4" } },
          { newLot: { productId: existing.product.id, lotCode: "NEW-4" } },
        ],
      },
    );
    assert.equal(twice.statusCode, 422, twice.body);
    const onAnObjectEvent = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
      type: "object",
      action: "ADD",
      eventTime: uniqueEventTime(),
      lot: { id: input.lot.id },
      outputs: [{ newLot: { productId: existing.product.id, lotCode: "NEW-5" } }],
    });
    assert.equal(onAnObjectEvent.statusCode, 422, onAnObjectEvent.body);
    assert.equal(await t.db.prisma.lot.count(), lotsBefore);
    assert.equal(await t.db.prisma.event.count(), eventsBefore);
  });

  test("an aggregation packs several lots (children) under one parent", async () => {
    const first = await createLot(t, a.orgA.id);
    const second = await createLot(t, a.orgA.id);
    const response = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
      type: "aggregation",
      action: "ADD",
      bizStep: "packing",
      eventTime: uniqueEventTime(),
      parent: "https://id.gs1.org/00/040123450000002225",
      children: [
        { lot: { id: first.lot.id }, quantity: { value: 10, unit: "EA" } },
        { lot: { id: second.lot.id }, quantity: { value: 5, unit: "EA" } },
      ],
    });
    assert.equal(response.statusCode, 201, response.body);
    const event = response.json();
    assert.equal(event.document.childQuantityList.length, 2);
    const children = event.identifiers
      .filter((i: { role: string }) => i.role === "childQuantity")
      .map((i: { lotId: string }) => i.lotId)
      .sort();
    assert.deepEqual(children, [first.lot.id, second.lot.id].sort());
    const onATransformation = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
      type: "transformation",
      eventTime: uniqueEventTime(),
      inputs: [{ lot: { id: first.lot.id } }],
      outputs: [{ lot: { id: second.lot.id } }],
      children: [{ lot: { id: first.lot.id } }],
    });
    assert.equal(onATransformation.statusCode, 422, onATransformation.body);
  });

  test("a correction records an error declaration and the corrective event; the original is never edited", async () => {
    const { lot } = await createLot(t, a.orgA.id);
    const original = await recordEvent(t, a.orgA, {
      type: "object",
      action: "OBSERVE",
      bizStep: "inspecting",
      eventTime: uniqueEventTime(),
      lot: { id: lot.id },
      quantity: { value: 1, unit: "KGM" },
    });
    const corrected = {
      type: "object",
      action: "OBSERVE",
      bizStep: "inspecting",
      eventTime: original.document.eventTime,
      lot: { id: lot.id },
      quantity: { value: 10, unit: "KGM" },
    };
    const response = await correct(original.id, {
      event: corrected,
      errorReason: "incorrect_data",
      reason: "the scale read 1 kg instead of 10",
    });
    assert.equal(response.statusCode, 201, response.body);
    const { declaration, corrective } = response.json();
    assert.equal(declaration.correctsEventHash, original.eventHash);
    assert.notEqual(declaration.eventHash, original.eventHash);
    assert.equal(computeEventHash({ event: declaration.document }), declaration.eventHash);
    assert.equal(declaration.document.eventID, original.eventHash);
    assert.equal(declaration.document.errorDeclaration.reason, "incorrect_data");
    assert.deepEqual(declaration.document.errorDeclaration.correctiveEventIDs, [corrective.eventHash]);
    assert.equal(declaration.document.errorDeclaration["tm:reason"], "the scale read 1 kg instead of 10");
    assert.equal(corrective.document.quantityList[0].quantity, 10);
    assert.equal(declaration.lotId, lot.id);

    const reread = (
      await call(t.app, a.orgA.users.viewer, "GET", `${events(a.orgA.id)}/${original.id}`)
    ).json();
    assert.deepEqual(reread.document, original.document, "the original is unchanged");
    assert.deepEqual(reread.correctedBy, [declaration.eventHash]);

    const twice = await correct(original.id, {
      errorReason: "did_not_occur",
      reason: "again",
    });
    assert.equal(twice.statusCode, 409, twice.body);
    for (const method of ["PUT", "PATCH", "DELETE"] as const) {
      const edit = await call(t.app, a.orgA.users.owner, method, `${events(a.orgA.id)}/${original.id}`, {});
      assert.equal(edit.statusCode, 405, `${method} on an event is not a method it has`);
      assert.equal(edit.headers.allow, "GET, HEAD");
    }
  });

  test("an event that did not occur is declared erroneous without a corrective event", async () => {
    const { lot } = await createLot(t, a.orgA.id);
    const original = await recordEvent(t, a.orgA, {
      type: "object",
      action: "OBSERVE",
      eventTime: uniqueEventTime(),
      lot: { id: lot.id },
    });
    const missing = await correct(original.id, {
      reason: "wrong",
    });
    assert.equal(missing.statusCode, 422, "incorrect_data needs the corrected event");
    assert.equal(missing.json().errors[0].field, "body.event");
    const response = await correct(original.id, {
      errorReason: "did_not_occur",
      reason: "recorded on the wrong day",
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().corrective, null);
    assert.equal(response.json().declaration.document.errorDeclaration.correctiveEventIDs, undefined);
  });

  test("an event stored under hash rule version 1 is declared erroneous by its stored hash", async () => {
    const original = await insertEvent(
      t.db,
      a.orgA.id,
      {
        "@context": [{ ex: "https://example.com/ns/" }],
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: uniqueEventTime(),
        eventTimeZoneOffset: "+00:00",
        epcList: ["https://id.gs1.org/01/09520123456788/21/LEGACY-1"],
        readPoint: { id: "https://id.gs1.org/414/9520123000003", "ex:dock": "7" },
      },
      { hashVersion: 1 },
    );
    const response = await correct(original.id, { errorReason: "did_not_occur", reason: "never happened" });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().declaration.document["tm:declares"], original.eventHash);
    const row = await t.db.prisma.event.findFirstOrThrow({
      where: { correctsEventHash: original.eventHash },
    });
    assert.equal(row.hashVersion, 2);
  });

  test("a party by GLN that is an organisation becomes its PGLN", async () => {
    const gln = uniqueGln();
    await t.db.prisma.organization.update({ where: { id: a.orgB.id }, data: { gln } });
    const { lot } = await createLot(t, a.orgA.id);
    const response = await call(t.app, a.orgA.users.operator, "POST", events(a.orgA.id), {
      type: "object",
      action: "OBSERVE",
      bizStep: "departing",
      eventTime: uniqueEventTime(),
      lot: { id: lot.id },
      destinations: [{ type: "owning_party", gln }],
      bizTransactions: [{ type: "po", id: "urn:epcglobal:cbv:bt:9520123456788:PO-1" }],
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.deepEqual(response.json().document.destinationList, [
      { type: "owning_party", destination: `https://id.gs1.org/417/${gln}` },
    ]);
    await t.db.prisma.organization.update({ where: { id: a.orgB.id }, data: { gln: null } });
  });
});
