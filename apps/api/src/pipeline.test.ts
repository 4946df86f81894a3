import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { computeCheckDigit, type PublicRecord } from "@tracemark/sdk";
import { call } from "./testing/actors.ts";
import { publicProofsOf } from "./testing/publicProofsOf.ts";
import {
  correctEvent,
  createLotThroughApi,
  fetchPublicRecord,
  recordEvent,
} from "./testing/recordFixtures.ts";
import { waitUntil as waitFor } from "./testing/startPipeline.ts";
import { testAppWithActors } from "./testing/suite.ts";
import { verifyOnTestChain } from "./testing/verifyOnTestChain.ts";

/**
 * The whole path, through the real API, submitter, node and indexer: a supplier captures events,
 * ships the lot to another organisation which receives it; both are anchored; the consumer's
 * public record verifies against the chain with the SDK, trusting nothing else; a tampered copy
 * fails; a recall shows at once and is then confirmed on chain.
 */
describe("capture → anchor → index → public record → verify", () => {
  const { t, a } = testAppWithActors({}, { contracts: true, pipeline: true });
  const gtinBody = "950600099001";
  const gtin = `0${gtinBody}${computeCheckDigit(gtinBody)}`;

  const publicRecord = async () => (await fetchPublicRecord<PublicRecord>(t, gtin, "HARVEST-7")).record;

  test("every event of the lot's journey, across two organisations, verifies on chain", async () => {
    const { orgA, orgB } = a;
    const { lot } = await createLotThroughApi(t, orgA, { gtin, name: "Demo apples", lotCode: "HARVEST-7" });
    for (const [bizStep, hour] of [
      ["commissioning", "08"],
      ["packing", "12"],
    ] as const) {
      await recordEvent(t, orgA, {
        type: "object",
        action: bizStep === "commissioning" ? "ADD" : "OBSERVE",
        bizStep,
        eventTime: `2026-10-01T${hour}:00:00.000+02:00`,
        lot: { id: lot.id },
        quantity: { value: 100, unit: "KGM" },
      });
    }
    await recordEvent(t, orgA, {
      type: "object",
      action: "OBSERVE",
      bizStep: "shipping",
      eventTime: "2026-10-02T08:00:00.000+02:00",
      lot: { id: lot.id },
      destinations: [{ type: "owning_party", organizationId: orgB.id }],
    });
    const incoming = (
      await call(
        t.app,
        orgB.users.operator,
        "GET",
        `/orgs/${orgB.id}/transfers?direction=incoming&status=pending`,
      )
    ).json();
    assert.equal(incoming.items.length, 1);
    const received = await call(
      t.app,
      orgB.users.operator,
      "POST",
      `/orgs/${orgB.id}/transfers/${incoming.items[0].id}/receive`,
      {
        eventTime: "2026-10-02T15:00:00.000+02:00",
      },
    );
    assert.equal(received.statusCode, 201, received.body);

    await waitFor("the journey to be anchored", async () =>
      (await publicRecord()).events.every((event) => event.anchor !== null),
    );
    const record = await publicRecord();
    assert.equal(record.events.length, 4);
    assert.ok(
      record.events.some((event) => event.anchor?.type === "event"),
      "the receiver's single event is anchored alone",
    );
    const proofs = await publicProofsOf(t.app, record);
    const verdict = await verifyOnTestChain(t, record, proofs);
    assert.deepEqual(
      verdict.events.map((event) => event.status),
      ["verified", "verified", "verified", "verified"],
      JSON.stringify(verdict.events.map((event) => event.reasons)),
    );
    assert.equal(verdict.ok, true);

    const tampered = structuredClone(record);
    (tampered.events[1]?.event as Record<string, unknown>).bizStep =
      "https://ref.gs1.org/cbv/BizStep-inspecting";
    const caught = await verifyOnTestChain(t, tampered, proofs);
    assert.equal(caught.ok, false);
    assert.equal(caught.events[1]?.status, "failed");
  });

  test("a recall shows on the public record at once, and is then confirmed on chain", async () => {
    const lot = await t.db.prisma.lot.findFirstOrThrow({ where: { lotCode: "HARVEST-7" } });
    const declared = await call(t.app, a.orgA.users.admin, "POST", `/orgs/${a.orgA.id}/recalls`, {
      lotId: lot.id,
      reason: "Listeria found in a sample",
    });
    assert.equal(declared.statusCode, 201, declared.body);
    assert.equal((await publicRecord()).recall.recalled, true, "shown at once");
    await waitFor("the recall to be on chain", async () => {
      const recall = await t.db.prisma.recall.findFirstOrThrow({ where: { lotId: lot.id } });
      return recall.chainStatus === "anchored" || recall.chainStatus === "final";
    });
    const onChain = await t.db.prisma.recall.findFirstOrThrow({ where: { lotId: lot.id } });
    assert.equal(onChain.chainId, 31337, "the recall carries the chain it is on");
    const recalled = await publicRecord();
    const verdict = await verifyOnTestChain(t, recalled);
    assert.equal(verdict.recall.status, "verified", JSON.stringify(verdict.recall));
  });

  test("a corrected event: its error declaration and the corrective event are anchored and verify", async () => {
    const lot = await t.db.prisma.lot.findFirstOrThrow({ where: { lotCode: "HARVEST-7" } });
    const before = (await publicRecord()).events.length;
    const packed = await t.db.prisma.event.findFirstOrThrow({
      where: { lotId: lot.id, bizStep: { contains: "packing" } },
    });
    const corrected = await correctEvent(t, a.orgA, packed.id, {
      reason: "Packed in the afternoon",
      event: {
        type: "object",
        action: "OBSERVE",
        bizStep: "packing",
        eventTime: "2026-10-01T15:00:00.000+02:00",
        lot: { id: lot.id },
        quantity: { value: 100, unit: "KGM" },
      },
    });
    assert.equal(corrected.statusCode, 201, corrected.body);
    await waitFor("the correction to be anchored", async () => {
      const record = await publicRecord();
      return record.events.length === before + 2 && record.events.every((event) => event.anchor !== null);
    });
    const record = await publicRecord();
    assert.ok(record.events.some((event) => event.event.errorDeclaration !== undefined));
    const verdict = await verifyOnTestChain(t, record);
    assert.ok(
      verdict.events.every((event) => event.status === "verified"),
      JSON.stringify(verdict.events.map((event) => event.reasons)),
    );
    assert.equal(verdict.events.length, before + 2);
  });
});
