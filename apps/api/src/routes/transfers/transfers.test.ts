import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { processPendingCaptures } from "../../capture/processPendingCaptures.ts";
import { call, type OrgFixture } from "../../testing/actors.ts";
import {
  createLot,
  epcisDocumentOf,
  observation,
  uniqueEventTime,
  uniqueGln,
} from "../../testing/captureFixtures.ts";
import { correctEvent } from "../../testing/recordFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("custody: shipping to another organisation opens a transfer, receiving completes it", () => {
  const { t, a } = testAppWithActors();

  const ship = (lotId: string, destination: Record<string, string>) =>
    call(t.app, a.orgA.users.operator, "POST", `/orgs/${a.orgA.id}/events`, {
      type: "object",
      action: "OBSERVE",
      bizStep: "shipping",
      disposition: "in_transit",
      eventTime: uniqueEventTime(),
      lot: { id: lotId },
      quantity: { value: 100, unit: "KGM" },
      sources: [{ type: "owning_party", organizationId: a.orgA.id }],
      destinations: [{ type: "owning_party", ...destination }],
    });
  const transfers = (orgId: string, who: (typeof a.orgA.users)["viewer"], query: string) =>
    call(t.app, who, "GET", `/orgs/${orgId}/transfers?${query}`);

  test("both sides see the pending transfer; the receiver's receiving event (lot by GTIN + lot code) completes it", async () => {
    const { lot, gtin, lotCode } = await createLot(t, a.orgA.id);
    const shipped = await ship(lot.id, { organizationId: a.orgB.id });
    assert.equal(shipped.statusCode, 201, shipped.body);

    const outgoing = (
      await transfers(a.orgA.id, a.orgA.users.viewer, "direction=outgoing&status=pending")
    ).json();
    const incoming = (
      await transfers(a.orgB.id, a.orgB.users.viewer, "direction=incoming&status=pending")
    ).json();
    const mine = outgoing.items.find((x: { lot: { id: string } }) => x.lot.id === lot.id);
    assert.ok(mine, "the shipper sees it");
    assert.equal(mine.status, "pending");
    assert.equal(mine.to.id, a.orgB.id);
    assert.equal(mine.shipping.eventHash, shipped.json().eventHash);
    assert.ok(
      incoming.items.some((x: { id: string }) => x.id === mine.id),
      "the receiver sees it",
    );
    assert.equal(incoming.items.find((x: { id: string }) => x.id === mine.id).lot.gtin, gtin);

    const stranger = await createLot(t, a.orgA.id);
    const refused = await call(t.app, a.orgB.users.operator, "POST", `/orgs/${a.orgB.id}/events`, {
      type: "object",
      action: "OBSERVE",
      bizStep: "receiving",
      eventTime: uniqueEventTime(),
      lot: { gtin: stranger.gtin, lotCode: stranger.lotCode },
    });
    assert.equal(refused.statusCode, 422, "a lot of another organisation that was not shipped to B");
    assert.equal(refused.json().errors[0].field, "body.lot");

    const received = await call(t.app, a.orgB.users.operator, "POST", `/orgs/${a.orgB.id}/events`, {
      type: "object",
      action: "OBSERVE",
      bizStep: "receiving",
      disposition: "in_progress",
      eventTime: uniqueEventTime(),
      lot: { gtin, lotCode },
      sources: [{ type: "owning_party", organizationId: a.orgA.id }],
    });
    assert.equal(received.statusCode, 201, received.body);
    assert.equal(received.json().lotId, lot.id, "the receiving event is about the shipped lot");

    for (const [orgId, who, direction] of [
      [a.orgA.id, a.orgA.users.viewer, "outgoing"],
      [a.orgB.id, a.orgB.users.viewer, "incoming"],
    ] as const) {
      const page = (await transfers(orgId, who, `direction=${direction}&status=completed`)).json();
      const done = page.items.find((x: { id: string }) => x.id === mine.id);
      assert.ok(done, `${direction} side sees it completed`);
      assert.equal(done.receiving.eventHash, received.json().eventHash);
      assert.ok(done.completedAt);
    }
    const pending = (
      await transfers(a.orgB.id, a.orgB.users.viewer, "direction=incoming&status=pending")
    ).json();
    assert.ok(!pending.items.some((x: { id: string }) => x.id === mine.id));
  });

  test("the receive shortcut records the receiving event from the transfer; only the receiver may use it, once", async () => {
    const gln = uniqueGln();
    await t.db.prisma.organization.update({ where: { id: a.orgB.id }, data: { gln } });
    const { lot } = await createLot(t, a.orgA.id);
    assert.equal((await ship(lot.id, { gln })).statusCode, 201, "destination by the organisation's GLN");
    const transfer = await t.db.prisma.custodyTransfer.findFirstOrThrow({ where: { lotId: lot.id } });
    assert.equal(transfer.toOrgId, a.orgB.id);

    const url = (orgId: string) => `/orgs/${orgId}/transfers/${transfer.id}/receive`;
    assert.equal(
      (await call(t.app, a.orgA.users.owner, "POST", url(a.orgA.id), {})).statusCode,
      404,
      "not the sender",
    );
    const response = await call(t.app, a.orgB.apiKeys.operator, "POST", url(a.orgB.id), {
      eventTime: "2026-05-01T08:00:00.000+02:00",
      visibility: "partners",
    });
    assert.equal(response.statusCode, 201, response.body);
    const { event, transferId } = response.json();
    assert.equal(transferId, transfer.id);
    assert.equal(event.bizStep, "receiving");
    assert.equal(event.visibility, "partners", "the receiver chose who sees its receiving event");
    assert.equal(event.organizationId, a.orgB.id);
    assert.equal(event.lotId, lot.id);
    assert.equal(event.document.sourceList[0].source, `urn:tracemark:org:${a.orgA.id}`);
    const after = await t.db.prisma.custodyTransfer.findUniqueOrThrow({ where: { id: transfer.id } });
    assert.equal(after.status, "completed");
    assert.equal(after.receivingEventId, event.id);
    assert.equal((await call(t.app, a.orgB.users.operator, "POST", url(a.orgB.id), {})).statusCode, 409);
    await t.db.prisma.organization.update({ where: { id: a.orgB.id }, data: { gln: null } });
  });

  test("EPCIS capture opens and completes transfers too", async () => {
    const { lot, gtin, lotCode } = await createLot(t, a.orgA.id);
    const lotUri = `https://id.gs1.org/01/${gtin}/10/${lotCode}`;
    /** `fields` of an observation of 5 kg of the lot, captured with `org`'s operator key and stored. */
    const capture = async (org: OrgFixture, fields: Record<string, unknown>) => {
      const document = epcisDocumentOf([
        observation({ quantityList: [{ epcClass: lotUri, quantity: 5, uom: "KGM" }], ...fields }),
      ]);
      await call(t.app, org.apiKeys.operator, "POST", `/orgs/${org.id}/capture`, document);
      await processPendingCaptures(t.context);
    };
    await capture(a.orgA, {
      bizStep: "https://ref.gs1.org/cbv/BizStep-shipping",
      destinationList: [{ type: "owning_party", destination: `urn:tracemark:org:${a.orgB.id}` }],
    });
    const transfer = await t.db.prisma.custodyTransfer.findFirstOrThrow({ where: { lotId: lot.id } });
    assert.equal(transfer.status, "pending");
    await capture(a.orgB, {
      bizStep: "receiving",
      sourceList: [{ type: "owning_party", source: `urn:tracemark:org:${a.orgA.id}` }],
    });
    const after = await t.db.prisma.custodyTransfer.findUniqueOrThrow({ where: { id: transfer.id } });
    assert.equal(after.status, "completed");
  });

  test("correcting a shipping event cancels its pending transfer", async () => {
    const { lot } = await createLot(t, a.orgA.id);
    const shipped = (await ship(lot.id, { organizationId: a.orgB.id })).json();
    const response = await correctEvent(t, a.orgA, shipped.id, {
      errorReason: "did_not_occur",
      reason: "the truck never left",
    });
    assert.equal(response.statusCode, 201, response.body);
    const transfer = await t.db.prisma.custodyTransfer.findFirstOrThrow({
      where: { shippingEventId: shipped.id },
    });
    assert.equal(transfer.status, "cancelled");
  });

  test("bad list parameters are a 400 naming the field", async () => {
    const response = await transfers(a.orgA.id, a.orgA.users.viewer, "direction=sideways");
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().errors[0].field, "querystring.direction");
  });
});
