import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { computeCheckDigit } from "@tracemark/sdk";
import type { Hex } from "viem";
import { anchorEvents, createProductLot, type InsertedEvent, insertEvent } from "../testing/events.ts";
import { testAppWithActors } from "../testing/suite.ts";
import { PUBLIC_RECORD_FORMAT, servePublicRecord } from "./servePublicRecord.ts";

const withCheck = (base: string) => `${base}${computeCheckDigit(base)}`;
const GTIN = withCheck("0952012399991");
const GLN = withCheck("952012399991");
const hex32 = (byte: string) => `0x${byte.repeat(32)}` as Hex;
const AUDITOR = `0x${"b2".repeat(20)}`;

type Record = {
  organisation: { name: string };
  events: { anchor: { blockNumber: number } | null }[];
  attestations: { claim: string }[];
  recall: { recalled: boolean };
  display: {
    product: { name: string };
    lot: { expiryDate: string | null };
    journey: { location: { name: string } | null }[];
    attestations: { auditorName: string | null }[];
  };
};

describe("public record read model: stored on first read, never served stale", () => {
  const { t, a } = testAppWithActors();
  let lotId = "";
  let productId = "";
  let otherLotId = "";
  const lotClass = `https://id.gs1.org/01/${GTIN}/10/RM-1`;
  const url = `/public/01/${GTIN}/10/RM-1`;
  const read = async () => {
    const response = await t.app.inject({ method: "GET", url });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as Record;
  };
  const observe = (day: number) => ({
    type: "ObjectEvent",
    action: "OBSERVE",
    eventTime: `2026-05-${String(day).padStart(2, "0")}T08:00:00.000Z`,
    eventTimeZoneOffset: "+00:00",
    quantityList: [{ epcClass: lotClass, quantity: 5, uom: "KGM" }],
    bizStep: "inspecting",
    bizLocation: { id: `https://id.gs1.org/414/${GLN}` },
  });

  before(async () => {
    const { lot, product } = await createProductLot(t.db, a.orgA.id, {
      gtin: GTIN,
      name: "Read-model apples",
      lotCode: "RM-1",
    });
    lotId = lot.id;
    productId = product.id;
    otherLotId = (await createProductLot(t.db, a.orgA.id, { gtin: GTIN, name: "unused", lotCode: "RM-2" }))
      .lot.id;
    await t.db.prisma.serialItem.create({
      data: { organizationId: a.orgA.id, productId, lotId, serial: "S-1" },
    });
    await t.db.prisma.location.create({
      data: { organizationId: a.orgA.id, gln: GLN, name: "Orchard", country: "FR" },
    });
    const user = await t.db.prisma.user.create({ data: { email: "rm-auditor@example.test" } });
    await t.db.prisma.auditor.create({
      data: { userId: user.id, walletAddress: AUDITOR, displayName: "Orchard Audits" },
    });
    await insertEvent(t.db, a.orgA.id, observe(1));
  });

  test("the first read stores the record; later reads send the stored text", async () => {
    const first = await t.app.inject({ method: "GET", url });
    assert.equal(first.statusCode, 200, first.body);
    const stored = await t.db.prisma.publicRecord.findMany({ where: { lotId } });
    assert.deepEqual(
      stored.map((r) => [r.serial, r.body]),
      [["", first.body]],
    );
    // Proof that reads come from the store: a marker written into the stored text is sent as is.
    const marked = first.body.replace('"Read-model apples"', '"Read-model apples (stored)"');
    await t.db.prisma.publicRecord.updateMany({ where: { lotId }, data: { body: marked } });
    const second = await t.app.inject({ method: "GET", url });
    assert.equal(second.body, marked);
    assert.equal(second.headers.etag, first.headers.etag);
    // The serial's record is stored apart.
    const serial = await t.app.inject({ method: "GET", url: `${url}/21/S-1` });
    assert.equal(serial.statusCode, 200, serial.body);
    assert.equal(await t.db.prisma.publicRecord.count({ where: { lotId } }), 2);
    // A record stored in an older shape is rebuilt.
    await t.db.prisma.publicRecord.updateMany({
      where: { lotId },
      data: { format: PUBLIC_RECORD_FORMAT - 1 },
    });
    assert.equal((await t.app.inject({ method: "GET", url })).body, first.body);
  });

  const changes: { name: string; change: () => Promise<unknown>; shows: (record: Record) => boolean }[] = [
    {
      name: "a product renamed",
      change: () =>
        t.db.prisma.product.update({ where: { id: productId }, data: { name: "Renamed apples" } }),
      shows: (r) => r.display.product.name === "Renamed apples",
    },
    {
      name: "a lot's expiry date edited",
      change: () =>
        t.db.prisma.lot.update({ where: { id: lotId }, data: { expiryDate: new Date("2026-09-30") } }),
      shows: (r) => r.display.lot.expiryDate === "2026-09-30",
    },
    {
      name: "a new event of the lot",
      change: () => insertEvent(t.db, a.orgA.id, observe(2)),
      shows: (r) => r.events.length === 2,
    },
    {
      name: "the events anchored",
      change: async () => {
        const events = await t.db.prisma.event.findMany({
          where: { lotId },
          select: { id: true, eventHash: true, leaf: true },
        });
        await anchorEvents(t.db, a.orgA.id, events as InsertedEvent[], {
          blockNumber: 10n,
          txHash: hex32("aa"),
        });
      },
      shows: (r) => r.events.every((e) => e.anchor?.blockNumber === 10),
    },
    {
      name: "the batch moved to another block (a reorg re-mined it)",
      change: () =>
        t.db.prisma.anchorBatch.updateMany({
          where: { events: { some: { lotId } } },
          data: { blockNumber: 11n },
        }),
      shows: (r) => r.events.every((e) => e.anchor?.blockNumber === 11),
    },
    {
      name: "a recall declared",
      change: () =>
        t.db.prisma.recall.create({
          data: { organizationId: a.orgA.id, lotId, reason: "Listeria", reasonHash: hex32("11") },
        }),
      shows: (r) => r.recall.recalled,
    },
    {
      name: "the recall lifted",
      change: () =>
        t.db.prisma.recall.updateMany({ where: { lotId }, data: { status: "lifted", liftedAt: new Date() } }),
      shows: (r) => !r.recall.recalled,
    },
    {
      name: "an attestation about the lot",
      change: () =>
        t.db.prisma.attestation.create({
          data: {
            lotId,
            auditorAddress: AUDITOR,
            claim: "organic",
            evidenceHash: hex32("22"),
            delegated: {},
            status: "onchain",
            uid: hex32("23"),
          },
        }),
      shows: (r) => r.attestations.some((x) => x.claim === "organic"),
    },
    {
      name: "an attestation about one of its events",
      change: async () => {
        const event = await t.db.prisma.event.findFirstOrThrow({ where: { lotId } });
        await t.db.prisma.attestation.create({
          data: {
            eventId: event.id,
            auditorAddress: AUDITOR,
            claim: "cold chain kept",
            evidenceHash: hex32("24"),
            delegated: {},
            status: "onchain",
            uid: hex32("25"),
          },
        });
      },
      shows: (r) => r.attestations.some((x) => x.claim === "cold chain kept"),
    },
    {
      name: "an attestation revoked",
      change: () => t.db.prisma.attestation.updateMany({ where: { lotId }, data: { status: "revoked" } }),
      shows: (r) => !r.attestations.some((x) => x.claim === "organic"),
    },
    {
      name: "an auditor renamed",
      change: () =>
        t.db.prisma.auditor.update({
          where: { walletAddress: AUDITOR },
          data: { displayName: "Audits Ltd" },
        }),
      shows: (r) => r.display.attestations.some((x) => x.auditorName === "Audits Ltd"),
    },
    {
      name: "a location renamed",
      change: () => t.db.prisma.location.updateMany({ where: { gln: GLN }, data: { name: "Hill orchard" } }),
      shows: (r) => r.display.journey.every((step) => step.location?.name === "Hill orchard"),
    },
    {
      name: "the organisation renamed",
      change: () =>
        t.db.prisma.organization.update({ where: { id: a.orgA.id }, data: { name: "Renamed Org" } }),
      shows: (r) => r.organisation.name === "Renamed Org",
    },
  ];
  for (const { name, change, shows } of changes) {
    test(`shows at once: ${name}`, async () => {
      assert.ok(!shows(await read()), "the change is not there before");
      await change();
      assert.ok(shows(await read()), "the change is there on the next read");
    });
  }

  test("shows at once: a serial item moved to another lot leaves this lot's serial record", async () => {
    assert.equal((await t.app.inject({ method: "GET", url: `${url}/21/S-1` })).statusCode, 200);
    await t.db.prisma.serialItem.updateMany({ where: { serial: "S-1" }, data: { lotId: otherLotId } });
    assert.equal((await t.app.inject({ method: "GET", url: `${url}/21/S-1` })).statusCode, 404);
  });

  test("a record built while a change commits is rebuilt, not served stale", async () => {
    const chainId = await t.context.chain.getChainId();
    const before = await read();
    await t.db.prisma.publicRecord.deleteMany({ where: { lotId } });
    const served = await servePublicRecord(t.db, {
      gtin: GTIN,
      lot: "RM-1",
      chainId,
      // Between building and storing, another transaction commits a change to the lot.
      render: async (record) => {
        await t.db.prisma.product.update({ where: { id: productId }, data: { name: "Changed mid-build" } });
        return JSON.stringify(record);
      },
    });
    assert.equal(
      (JSON.parse(String(served.body)) as Record).display.product.name,
      before.display.product.name,
    );
    assert.equal((await read()).display.product.name, "Changed mid-build");
  });

  test("transactions changing the same lots in opposite orders both commit (no deadlock)", async () => {
    const lots = [lotId, otherLotId];
    const run = (order: string[], gate: Promise<void>, reached: () => void) =>
      t.db.prisma.$transaction(async (tx) => {
        await tx.recall.create({
          data: { organizationId: a.orgA.id, lotId: order[0] ?? "", reason: "x", reasonHash: hex32("31") },
        });
        reached();
        await gate;
        await tx.recall.create({
          data: { organizationId: a.orgA.id, lotId: order[1] ?? "", reason: "y", reasonHash: hex32("32") },
        });
      });
    let reachedFirst = () => {};
    let reachedSecond = () => {};
    const bothReached = Promise.all([
      new Promise<void>((resolve) => {
        reachedFirst = resolve;
      }),
      new Promise<void>((resolve) => {
        reachedSecond = resolve;
      }),
    ]).then(() => undefined);
    const generations = async () =>
      (await t.db.prisma.publicRecordGeneration.findMany({ where: { lotId: { in: lots } } })).map(
        (g) => [g.lotId, g.generation] as const,
      );
    const beforeGenerations = new Map(await generations());
    await Promise.all([
      run(lots, bothReached, reachedFirst),
      run([...lots].reverse(), bothReached, reachedSecond),
    ]);
    for (const [id, generation] of await generations()) {
      assert.ok(generation > (beforeGenerations.get(id) ?? 0n), `lot ${id} moved on`);
    }
    assert.equal(await t.db.prisma.publicRecordChange.count(), 0, "the staged changes are cleared at commit");
  });
});
