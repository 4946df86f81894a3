import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import {
  computeCheckDigit,
  computeEventHash,
  publicRecordProofsSchema,
  publicRecordSchema,
  verifyMerkleProof,
} from "@tracemark/sdk";
import type { Hex } from "viem";
import { registryIdOf } from "../../services/orgs/platform.ts";
import { call } from "../../testing/actors.ts";
import { anchorEvents, createProductLot, type InsertedEvent, insertEvent } from "../../testing/events.ts";
import { correctEvent } from "../../testing/recordFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";
import { publicRecordResponse } from "./index.ts";

const withCheck = (base: string) => `${base}${computeCheckDigit(base)}`;
const GTIN = withCheck("0952012345678"); // GTIN-14 with a leading 0: also reachable as 13 digits
const GLN_A = withCheck("952012300001");
const GLN_B = withCheck("952012300002");
const hex32 = (byte: string) => `0x${byte.repeat(32)}`;

/** The response's text, decoded from its `Content-Encoding`. */
const decoded = (response: { rawPayload: Buffer; headers: Record<string, unknown> }) => {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(response.rawPayload).toString("utf8");
  if (encoding === "gzip") return gunzipSync(response.rawPayload).toString("utf8");
  assert.equal(encoding, undefined, `unknown encoding ${String(encoding)}`);
  return response.rawPayload.toString("utf8");
};

describe("public record: GET /public/01/:gtin/10/:lot[/21/:serial]", () => {
  const { t, a } = testAppWithActors();
  let lotId = "";
  const events: InsertedEvent[] = [];
  const secrets: string[] = [];
  const url = `/public/01/${GTIN}/10/LOT-1`;

  before(async () => {
    const A = a.orgA.id;
    const B = a.orgB.id;
    const { lot, product } = await createProductLot(t.db, A, {
      gtin: GTIN,
      name: "Cherry tomatoes",
      lotCode: "LOT-1",
      description: "Sweet, vine-ripened",
      category: "Vegetables",
    });
    lotId = lot.id;
    await t.db.prisma.serialItem.create({
      data: { organizationId: A, productId: product.id, lotId, serial: "SER-1" },
    });
    await t.db.prisma.location.create({
      data: {
        organizationId: A,
        gln: GLN_A,
        name: "Green Farm",
        street: "1 Secret Lane",
        city: "Almería",
        country: "ES",
        latitude: "36.834047",
        longitude: "-2.463714",
      },
    });
    await t.db.prisma.location.create({
      data: {
        organizationId: B,
        gln: GLN_B,
        name: "B Warehouse",
        street: "99 Private Road",
        postalCode: "PC-SECRET-9",
        city: "Lyon",
        country: "FR",
      },
    });
    const lotClass = `https://id.gs1.org/01/${GTIN}/10/LOT-1`;
    events.push(
      await insertEvent(t.db, A, {
        type: "ObjectEvent",
        action: "ADD",
        eventTime: "2026-03-01T08:00:00.000+01:00",
        eventTimeZoneOffset: "+01:00",
        quantityList: [{ epcClass: lotClass, quantity: 100, uom: "KGM" }],
        bizStep: "commissioning",
        disposition: "active",
        bizLocation: { id: `https://id.gs1.org/414/${GLN_A}` },
      }),
      await insertEvent(t.db, A, {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2026-03-02T08:00:00.000+01:00",
        eventTimeZoneOffset: "+01:00",
        quantityList: [{ epcClass: lotClass, quantity: 100, uom: "KGM" }],
        bizStep: "shipping",
        disposition: "in_transit",
        readPoint: { id: `https://id.gs1.org/414/${GLN_A}` },
      }),
      await insertEvent(t.db, B, {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2026-03-03T08:00:00.000+01:00",
        eventTimeZoneOffset: "+01:00",
        quantityList: [{ epcClass: lotClass, quantity: 100, uom: "KGM" }],
        bizStep: "urn:epcglobal:cbv:bizstep:receiving",
        disposition: "in_progress",
        bizLocation: { id: `https://id.gs1.org/414/${GLN_B}` },
      }),
    );
    // A shipped the lot to B, which received it: what lets B's event join the lot's record.
    await t.db.prisma.custodyTransfer.create({
      data: {
        fromOrgId: A,
        toOrgId: B,
        lotId,
        shippingEventId: events[1]?.id ?? "",
        receivingEventId: events[2]?.id ?? "",
        status: "completed",
      },
    });
    await anchorEvents(t.db, A, events.slice(0, 2), { blockNumber: 42n, txHash: hex32("ef") as Hex });
    // Organisation B's private things: a document on its event, another lot, its people and keys.
    await t.db.prisma.document.create({
      data: {
        sha256: "d".repeat(64),
        organizationId: B,
        fileName: "invoice-SECRET.pdf",
        contentType: "application/pdf",
        size: 10,
        content: Buffer.from("DOC-CONTENT-SECRET"),
        events: { create: { eventId: events[2]?.id ?? "" } },
      },
    });
    const privateLot = await createProductLot(t.db, B, {
      gtin: withCheck("0952012345679"),
      name: "B-only",
      lotCode: "B-PRIVATE-LOT",
    });
    const users = await t.db.prisma.user.findMany({ select: { id: true, email: true } });
    const keys = await t.db.prisma.apiKey.findMany({
      where: { organizationId: B },
      select: { prefix: true, keyHash: true },
    });
    // B's registry id is not among the secrets: B anchored its event of this journey under it, on
    // chain, and the consumer needs it to verify that event.
    secrets.push(
      B,
      A,
      lotId,
      product.id,
      privateLot.lot.id,
      "B-PRIVATE-LOT",
      "1 Secret Lane",
      "99 Private Road",
      "PC-SECRET-9",
      "invoice-SECRET",
      "DOC-CONTENT-SECRET",
      ...events.map((e) => e.id),
      ...users.flatMap((u) => [u.id, u.email ?? ""]),
      ...keys.flatMap((k) => [k.keyHash]),
    );
    const auditorUser = await t.db.prisma.user.create({
      data: { email: "auditor-secret@example.test", name: "Private Name" },
    });
    await t.db.prisma.auditor.create({
      data: { userId: auditorUser.id, walletAddress: `0x${"a1".repeat(20)}`, displayName: "Audit Co" },
    });
    secrets.push(auditorUser.id, "auditor-secret@example.test", "Private Name");
    await t.db.prisma.attestation.createMany({
      data: [
        {
          uid: hex32("01"),
          lotId,
          auditorAddress: `0x${"a1".repeat(20)}`,
          claim: "organic",
          evidenceHash: hex32("02"),
          delegated: {},
          status: "onchain",
        },
        {
          lotId,
          auditorAddress: `0x${"a1".repeat(20)}`,
          claim: "fair trade",
          evidenceHash: hex32("03"),
          expiresAt: new Date("2027-01-01T00:00:00.000Z"),
          delegated: {
            domain: {},
            message: { nonce: "0", deadline: "1900000000" },
            signature: `0x${"55".repeat(65)}`,
          },
          status: "pending",
        },
        {
          uid: hex32("04"),
          lotId,
          auditorAddress: `0x${"a1".repeat(20)}`,
          claim: "revoked claim",
          evidenceHash: hex32("05"),
          delegated: {},
          status: "revoked",
        },
      ],
    });
  });

  test("serves the SDK's PublicRecord exactly, plus display; its Merkle proofs apart (…/proofs)", async () => {
    const response = await t.app.inject({ method: "GET", url });
    assert.equal(response.statusCode, 200, response.body);
    assert.ok(!response.body.includes('"proof"'), "no Merkle proof in the first response");
    const body = response.json();
    const proofsResponse = await t.app.inject({ method: "GET", url: `${url}/proofs` });
    assert.equal(proofsResponse.statusCode, 200, proofsResponse.body);
    const proofs = publicRecordProofsSchema.strict().parse(proofsResponse.json());
    const record = publicRecordSchema
      .strict()
      .parse(Object.fromEntries(Object.entries(body).filter(([k]) => k !== "display")));
    publicRecordResponse.parse(body);
    assert.equal(record.chainId, 31337);
    assert.deepEqual(record.organisation, { id: await registryIdOf(t.db.prisma, a.orgA.id), name: "Org A" });
    assert.deepEqual(record.product, { gtin: GTIN, lot: "LOT-1", serial: null, name: "Cherry tomatoes" });
    assert.deepEqual(
      record.events.map((e) => e.eventHash),
      events.map((e) => e.eventHash),
      "the whole journey across organisations, in time order",
    );
    for (const [i, item] of record.events.entries()) {
      assert.equal(computeEventHash({ event: item.event }), item.eventHash, "events are served as hashed");
      if (i < 2) {
        assert.equal(item.anchor?.type, "batch");
        if (item.anchor?.type !== "batch") continue;
        assert.equal(item.anchor.blockNumber, 42);
        assert.equal(item.anchor.transactionHash, hex32("ef"));
        assert.equal(item.anchor.proof, undefined);
        assert.ok(
          verifyMerkleProof({
            root: item.anchor.root as Hex,
            leaf: events[i]?.leaf as Hex,
            proof: proofs.leaves[events[i]?.leaf as Hex]?.proof as Hex[],
          }),
        );
      } else {
        assert.equal(item.anchor, null, "pending events have no anchor yet");
      }
    }
    assert.deepEqual(
      record.attestations.map((x) => [x.claim, x.uid, x.subjectKind, x.delegation ?? null]).sort(),
      [
        [
          "fair trade",
          null,
          "lot",
          { signature: `0x${"55".repeat(65)}`, nonce: "0", deadline: "1900000000" },
        ],
        ["organic", hex32("01"), "lot", null],
      ],
    );
    assert.deepEqual(record.recall, { recalled: false, declaredAt: null });
  });

  test("display: product, lot, journey with labels and places, organisations, auditors", async () => {
    const { display } = (await t.app.inject({ method: "GET", url })).json();
    assert.equal(display.product.description, "Sweet, vine-ripened");
    assert.equal(display.product.category, "Vegetables");
    assert.deepEqual(display.lot, {
      lotCode: "LOT-1",
      productionDate: "2026-03-01",
      expiryDate: "2026-04-01",
    });
    assert.deepEqual(
      display.journey.map((s: { bizStepLabel: string; dispositionLabel: string; organisation: string }) => [
        s.bizStepLabel,
        s.dispositionLabel,
        s.organisation,
      ]),
      [
        ["Commissioning", "Active", "Org A"],
        ["Shipping", "In transit", "Org A"],
        ["Receiving", "In progress", "Org B"],
      ],
    );
    assert.deepEqual(display.journey[0].location, {
      gln: GLN_A,
      name: "Green Farm",
      city: "Almería",
      country: "ES",
      latitude: 36.834047,
      longitude: -2.463714,
    });
    assert.equal(display.journey[2].location.name, "B Warehouse");
    assert.deepEqual(
      display.journey.map((s: { anchored: boolean }) => s.anchored),
      [true, true, false],
    );
    assert.equal(display.locations.length, 2);
    assert.deepEqual(display.organisations, [
      { name: "Org A", role: "owner" },
      { name: "Org B", role: "participant" },
    ]);
    assert.deepEqual(
      display.attestations
        .map((x: { auditorName: string; claim: string }) => [x.auditorName, x.claim])
        .sort(),
      [
        ["Audit Co", "fair trade"],
        ["Audit Co", "organic"],
      ],
    );
  });

  test("nothing private leaks: no internal ids, users, keys, addresses or documents, in any encoding", async () => {
    for (const encoding of ["identity", "gzip", "br"] as const) {
      for (const path of [url, `${url}/21/SER-1`]) {
        const response = await t.app.inject({
          method: "GET",
          url: path,
          headers: { "accept-encoding": encoding },
        });
        assert.equal(response.statusCode, 200, response.body);
        const body = decoded(response);
        for (const secret of secrets) {
          assert.ok(!body.includes(secret), `${path} (${encoding}) must not contain ${secret}`);
        }
      }
    }
  });

  test("Accept-Encoding chooses br, gzip or identity by its q-values; none acceptable is a 406", async () => {
    const identity = await t.app.inject({ method: "GET", url });
    assert.equal(identity.headers["content-encoding"], undefined);
    const cases: [string, string | undefined][] = [
      ["br", "br"],
      ["gzip", "gzip"],
      ["gzip, deflate, br, zstd", "br"],
      ["gzip;q=1, br;q=0.5", "gzip"],
      ["br;q=0, gzip", "gzip"],
      ["GZIP", "gzip"],
      ["*", "br"],
      ["*;q=0.5, br;q=0", "gzip"],
      ["deflate", undefined],
      ["identity", undefined],
      ["br;q=0, gzip;q=0", undefined],
    ];
    const etags = new Map<string | undefined, string>();
    for (const [acceptEncoding, expected] of cases) {
      const response = await t.app.inject({
        method: "GET",
        url,
        headers: { "accept-encoding": acceptEncoding },
      });
      assert.equal(response.statusCode, 200, `${acceptEncoding}: ${response.body}`);
      assert.equal(response.headers["content-encoding"], expected, acceptEncoding);
      assert.match(String(response.headers.vary), /accept-encoding/i, acceptEncoding);
      assert.deepEqual(JSON.parse(decoded(response)), identity.json(), acceptEncoding);
      const etag = String(response.headers.etag);
      assert.match(etag, /^"[^"]+"$/, "a strong ETag");
      assert.equal(etags.get(expected) ?? etag, etag, `one ETag per encoding (${acceptEncoding})`);
      etags.set(expected, etag);
      if (expected)
        assert.ok(response.rawPayload.length < identity.rawPayload.length, `${expected} is smaller`);
    }
    assert.equal(new Set(etags.values()).size, 3, "each encoding its own strong ETag");
    for (const acceptEncoding of ["identity;q=0, br;q=0, gzip;q=0", "*;q=0", "identity;q=0, deflate"]) {
      const refused = await t.app.inject({
        method: "GET",
        url,
        headers: { "accept-encoding": acceptEncoding },
      });
      assert.equal(refused.statusCode, 406, `${acceptEncoding}: ${refused.body}`);
      assert.match(String(refused.headers["content-type"]), /application\/problem\+json/);
      assert.match(refused.json().detail, /br, gzip or identity/);
    }
  });

  test("a product registered without images (master data import) has a record with none", async () => {
    const gtin = withCheck("0952012345999");
    const product = await t.db.prisma.product.create({
      data: { organizationId: a.orgA.id, gtin, name: "Imported without images" },
    });
    await t.db.prisma.lot.create({
      data: { organizationId: a.orgA.id, productId: product.id, lotCode: "BARE-1" },
    });
    const response = await t.app.inject({ method: "GET", url: `/public/01/${gtin}/10/BARE-1` });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json().display.product.imageUrls, []);
  });

  test("GS1 keys: a GTIN-13 is normalised, a serial of the lot has its record, bad keys are refused", async () => {
    const short = await t.app.inject({ method: "GET", url: `/public/01/${GTIN.slice(1)}/10/LOT-1` });
    assert.equal(short.statusCode, 200, short.body);
    assert.equal(short.json().product.gtin, GTIN);
    const serial = await t.app.inject({ method: "GET", url: `${url}/21/SER-1` });
    assert.equal(serial.statusCode, 200, serial.body);
    assert.equal(serial.json().product.serial, "SER-1");
    assert.equal(serial.json().display.serial, "SER-1");
    for (const [path, status] of [
      [`/public/01/${GTIN.slice(0, -1)}0/10/LOT-1`, 422],
      ["/public/01/12345/10/LOT-1", 422],
      [`/public/01/${GTIN}/10/NO-SUCH-LOT`, 404],
      [`${url}/21/NO-SUCH-SERIAL`, 404],
      [`/public/01/${GTIN}/10/${"x".repeat(21)}`, 422],
    ] as const) {
      const response = await t.app.inject({ method: "GET", url: path });
      assert.equal(response.statusCode, status, `${path}: ${response.body}`);
      assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/);
    }
  });

  for (const part of ["record", "proofs"]) {
    const partUrl = () => (part === "record" ? url : `${url}/proofs`);
    test(`${part}: short public caching with an ETag per encoding, pre-compressed, 304`, async () => {
      const etags = new Set<string>();
      for (const encoding of ["br", "gzip", "identity"]) {
        const first = await t.app.inject({
          method: "GET",
          url: partUrl(),
          headers: { "accept-encoding": encoding },
        });
        assert.equal(first.statusCode, 200, first.body);
        assert.equal(first.headers["cache-control"], "public, max-age=5, stale-while-revalidate=5");
        const text = decoded(first);
        (part === "record" ? publicRecordSchema : publicRecordProofsSchema).parse(
          JSON.parse(text) as unknown,
        );
        const etag = String(first.headers.etag);
        etags.add(etag);
        const again = await t.app.inject({
          method: "GET",
          url: partUrl(),
          headers: { "if-none-match": etag, "accept-encoding": encoding },
        });
        assert.equal(again.statusCode, 304, `${encoding}: ${again.body}`);
        assert.equal(again.headers.etag, etag);
      }
      assert.equal(etags.size, 3, "each encoding has its own ETag");
    });
  }

  test("the proofs of an unknown lot are a 404, of a GTIN with a wrong check digit a 422", async () => {
    const lotProofs = await t.app.inject({ method: "GET", url: `${url}/proofs` });
    const unknown = await t.app.inject({ method: "GET", url: `/public/01/${GTIN}/10/NO-SUCH-LOT/proofs` });
    assert.equal(unknown.statusCode, 404);
    assert.match(String(unknown.headers["content-type"]), /application\/problem\+json/);
    const badGtin = await t.app.inject({
      method: "GET",
      url: `/public/01/${GTIN.slice(0, -1)}0/10/LOT-1/proofs`,
    });
    assert.equal(badGtin.statusCode, 422);
    assert.ok(Object.keys(lotProofs.json().leaves).length >= 2);
  });

  test("short public caching with an ETag per encoding; a recall changes the record at once", async () => {
    const etags: Record<string, string> = {};
    for (const encoding of ["br", "gzip", "identity"]) {
      const first = await t.app.inject({ method: "GET", url, headers: { "accept-encoding": encoding } });
      assert.equal(
        first.headers["cache-control"],
        "public, max-age=5, stale-while-revalidate=5",
        "a CDN may hold it 5 s, then serve it 5 s more while it revalidates",
      );
      const etag = String(first.headers.etag);
      etags[encoding] = etag;
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
        const again = await t.app.inject({
          method: "GET",
          url,
          headers: { "if-none-match": ifNoneMatch, "accept-encoding": encoding },
        });
        assert.equal(again.statusCode, 304, `${encoding}, If-None-Match: ${ifNoneMatch}`);
        assert.equal(again.body, "");
        assert.equal(again.headers.etag, etag);
        assert.match(String(again.headers.vary), /accept-encoding/i);
        assert.equal(again.headers["cache-control"], first.headers["cache-control"]);
      }
    }
    // Another encoding's ETag names another representation: this one is sent.
    const other = await t.app.inject({
      method: "GET",
      url,
      headers: { "if-none-match": etags.gzip, "accept-encoding": "br" },
    });
    assert.equal(other.statusCode, 200);
    assert.equal(other.headers["content-encoding"], "br");

    await t.db.prisma.recall.create({
      data: { organizationId: a.orgA.id, lotId, reason: "Salmonella found", reasonHash: hex32("99") },
    });
    for (const encoding of ["br", "gzip", "identity"]) {
      const etag = etags[encoding] ?? "";
      const recalled = await t.app.inject({
        method: "GET",
        url,
        headers: { "if-none-match": etag, "accept-encoding": encoding },
      });
      assert.equal(recalled.statusCode, 200, encoding);
      assert.notEqual(recalled.headers.etag, etag);
      const body = JSON.parse(decoded(recalled));
      assert.equal(body.recall.recalled, true);
      assert.ok(body.recall.declaredAt);
      assert.equal(body.display.recall.reason, "Salmonella found");
      publicRecordSchema.parse(body);
    }
  });

  test("no stale body in any encoding once a new event is stored, then anchored (indexed)", async () => {
    const etagsNow = async () => {
      const etags: Record<string, string> = {};
      for (const encoding of ["br", "gzip", "identity"]) {
        const response = await t.app.inject({ method: "GET", url, headers: { "accept-encoding": encoding } });
        etags[encoding] = String(response.headers.etag);
      }
      return etags;
    };
    const conditional = async (etags: Record<string, string>) => {
      const bodies = [];
      for (const encoding of ["br", "gzip", "identity"]) {
        const response = await t.app.inject({
          method: "GET",
          url,
          headers: { "if-none-match": etags[encoding] ?? "", "accept-encoding": encoding },
        });
        assert.equal(response.statusCode, 200, encoding);
        bodies.push(JSON.parse(decoded(response)) as { events: { anchor: unknown }[] });
      }
      return bodies;
    };
    const before = await etagsNow();
    const count = (await t.app.inject({ method: "GET", url })).json().events.length;
    const added = await insertEvent(t.db, a.orgA.id, {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-04T08:00:00.000+01:00",
      eventTimeZoneOffset: "+01:00",
      quantityList: [{ epcClass: `https://id.gs1.org/01/${GTIN}/10/LOT-1`, quantity: 100, uom: "KGM" }],
      bizStep: "inspecting",
    });
    for (const body of await conditional(before)) {
      assert.equal(body.events.length, count + 1);
      assert.equal(body.events.at(-1)?.anchor, null);
    }
    const stored = await etagsNow();
    await anchorEvents(t.db, a.orgA.id, [added], { blockNumber: 43n, txHash: hex32("e1") as Hex });
    for (const body of await conditional(stored)) {
      assert.equal(body.events.length, count + 1);
      assert.equal((body.events.at(-1)?.anchor as { blockNumber: number } | null)?.blockNumber, 43);
    }
  });
});

describe("public record of a corrected event", () => {
  const { t, a } = testAppWithActors();
  const gtin = withCheck("0952012345670");
  const url = `/public/01/${gtin}/10/FIX-1`;
  const ids: Record<string, { id: string; eventHash: string }> = {};

  before(async () => {
    const operator = a.orgA.users.operator;
    const { lot } = await createProductLot(t.db, a.orgA.id, { gtin, name: "Basil", lotCode: "FIX-1" });
    const record = async (bizStep: string, eventTime: string) => {
      const response = await call(t.app, operator, "POST", `/orgs/${a.orgA.id}/events`, {
        type: "object",
        action: "OBSERVE",
        bizStep,
        eventTime,
        lot: { id: lot.id },
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json();
    };
    ids.packed = await record("packing", "2026-05-01T08:00:00.000+02:00");
    const shippedEvent = await record("shipping", "2026-05-02T08:00:00.000+02:00");
    ids.shipped = shippedEvent;
    const corrected = await correctEvent(t, a.orgA, shippedEvent.id, {
      errorReason: "incorrect_data",
      reason: "Shipped a day later than recorded",
      event: {
        type: "object",
        action: "OBSERVE",
        bizStep: "shipping",
        eventTime: "2026-05-03T08:00:00.000+02:00",
        lot: { id: lot.id },
      },
    });
    assert.equal(corrected.statusCode, 201, corrected.body);
    ids.declaration = corrected.json().declaration;
    ids.corrective = corrected.json().corrective;
  });

  test("the declaration is an event of the record, served as hashed; the corrected step names it", async () => {
    const response = await t.app.inject({ method: "GET", url });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    publicRecordResponse.parse(body);
    const record = publicRecordSchema
      .strict()
      .parse(Object.fromEntries(Object.entries(body).filter(([k]) => k !== "display")));
    const hashes = record.events.map((e) => e.eventHash);
    for (const key of ["packed", "shipped", "declaration", "corrective"]) {
      assert.ok(hashes.includes(ids[key]?.eventHash ?? ""), `${key} is in the record`);
    }
    for (const item of record.events) {
      assert.equal(computeEventHash({ event: item.event }), item.eventHash, "events are served as hashed");
    }
    const declaration = record.events.find((e) => e.eventHash === ids.declaration?.eventHash);
    assert.ok(declaration);
    assert.equal(
      (declaration.event.errorDeclaration as { "tm:reason"?: string })["tm:reason"],
      "Shipped a day later than recorded",
    );

    const step = (hash: string | undefined) =>
      body.display.journey.find((s: { eventHash: string }) => s.eventHash === hash);
    const shipped = step(ids.shipped?.eventHash);
    assert.deepEqual(
      { ...shipped.correction, declaredAt: typeof shipped.correction.declaredAt },
      {
        declarationHash: ids.declaration?.eventHash,
        declaredAt: "string",
        errorReason: "incorrect_data",
        reason: "Shipped a day later than recorded",
        correctiveEventHashes: [ids.corrective?.eventHash],
      },
    );
    assert.equal(shipped.corrects, null);
    assert.equal(step(ids.declaration?.eventHash).corrects, ids.shipped?.eventHash);
    assert.equal(step(ids.declaration?.eventHash).correction, null);
    assert.equal(step(ids.packed?.eventHash).correction, null);
    assert.equal(step(ids.corrective?.eventHash).correction, null);
  });
});

describe("public record: each event's hash rule version", () => {
  const { t, a } = testAppWithActors();
  const gtin = withCheck("0952012345690");
  const url = `/public/01/${gtin}/10/LOT-V`;
  // An extension inside readPoint and a sensor report: rule versions 1 and 2 hash it differently.
  const event = (day: number) => ({
    "@context": [{ ex: "https://example.com/ns/" }],
    type: "ObjectEvent",
    action: "OBSERVE",
    eventTime: `2026-03-0${day}T08:00:00.000+01:00`,
    eventTimeZoneOffset: "+01:00",
    quantityList: [{ epcClass: `https://id.gs1.org/01/${gtin}/10/LOT-V`, quantity: 1, uom: "KGM" }],
    bizStep: "storing",
    readPoint: { id: `https://id.gs1.org/414/${GLN_A}`, "ex:dock": "7" },
    sensorElementList: [{ sensorReport: [{ type: "Temperature", value: 4, uom: "CEL" }] }],
  });

  before(async () => {
    await createProductLot(t.db, a.orgA.id, { gtin, name: "Versioned", lotCode: "LOT-V" });
    await insertEvent(t.db, a.orgA.id, event(1), { hashVersion: 1 });
    await insertEvent(t.db, a.orgA.id, event(2));
  });

  test("an event stored under rule version 1 is served with it, and recomputes to its id only under it", async () => {
    const response = await t.app.inject({ method: "GET", url });
    assert.equal(response.statusCode, 200, response.body);
    const record = publicRecordSchema.parse(response.json());
    assert.deepEqual(
      record.events.map((e) => e.hashVersion),
      [1, 2],
    );
    for (const item of record.events) {
      const under = (hashVersion: 1 | 2) => computeEventHash({ event: item.event, hashVersion });
      assert.equal(under(item.hashVersion ?? 1), item.eventHash);
      assert.notEqual(under(item.hashVersion === 1 ? 2 : 1), item.eventHash);
    }
  });
});
