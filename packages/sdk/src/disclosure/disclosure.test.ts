import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { describe, it } from "node:test";
import fc from "fast-check";
import { bytesToHex, encodeAbiParameters, type Hex, keccak256 } from "viem";
import { objectEvent, transactionEvent, transformationEvent } from "../epcis/fixtures.ts";
import { computeEventHash } from "../hash/computeEventHash.ts";
import { canonicalJson } from "./canonicalJson.ts";
import { commitEvent } from "./commitEvent.ts";
import { computeLeafV2, leafV2Tag } from "./computeLeafV2.ts";
import { createSalt } from "./createSalt.ts";
import { deriveEventSalts, saltSlots } from "./deriveEventSalts.ts";
import { discloseEvent } from "./discloseEvent.ts";
import { disclosureDigest } from "./disclosureDigest.ts";
import { splitEventFields } from "./splitEventFields.ts";
import {
  disclosableFieldGroups,
  type FieldGroupName,
  type WithholdableFieldGroup,
  withholdableFieldGroups,
} from "./types.ts";
import { verifyDisclosedEvent } from "./verifyDisclosedEvent.ts";

/** Events with every disclosable group between them, each with an eventID equal to its hash, as stored. */
const events = [objectEvent, transactionEvent, transformationEvent].map((raw) => {
  const event: Record<string, unknown> = {
    "@context": [{ example: "https://example.com/ns/", cbvmda: "urn:epcglobal:cbv:mda:" }],
    ...raw,
    quantityList: [{ epcClass: "https://id.gs1.org/01/09520123456788/10/L1", quantity: 120, uom: "KGM" }],
    bizTransactionList: [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0614141073467:PO-4711" }],
  };
  const eventHash = computeEventHash({ event });
  return { event: { ...event, eventID: eventHash }, eventHash };
});
const anEvent = fc.constantFrom(...events);
const aWithholding = fc.subarray([...withholdableFieldGroups]);
const aJsonValue = fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== undefined);

/** What a shopper verifies: the public view of the event, recomputed to its leaf. */
function leafOfView(view: ReturnType<typeof discloseEvent>, event = view.event) {
  const result = verifyDisclosedEvent({ event, disclosure: view.disclosure, eventHash: view.eventHash });
  return result.ok ? result.leaf : undefined;
}

describe("selective disclosure (property)", () => {
  it("any subset of withheld groups verifies to the anchored leaf", () => {
    fc.assert(
      fc.property(anEvent, aWithholding, ({ event, eventHash }, withhold) => {
        const committed = commitEvent({ event, eventHash });
        const view = discloseEvent({ event, eventHash, salts: committed.salts, withhold });
        assert.equal(view.leaf, committed.leaf);
        assert.equal(leafOfView(view), committed.leaf);
        const present = withhold.filter((g) => splitEventFields(event)[g] !== undefined);
        assert.equal(view.eventHash, present.length === 0 ? eventHash : undefined);
        for (const group of present) assert.ok(view.withheld.includes(group));
      }),
      { numRuns: 80 },
    );
  });

  it("altering, adding or dropping a revealed field fails", () => {
    fc.assert(
      fc.property(
        anEvent,
        aWithholding,
        fc.nat(),
        aJsonValue,
        fc.string({ minLength: 1 }),
        ({ event, eventHash }, withhold, pick, value, name) => {
          const { salts, leaf } = commitEvent({ event, eventHash });
          const view = discloseEvent({ event, eventHash, salts, withhold });
          const keys = Object.keys(view.event);
          const key = keys[pick % keys.length] as string;
          if (canonicalJson(view.event[key]) !== canonicalJson(value)) {
            assert.notEqual(leafOfView(view, { ...view.event, [key]: value }), leaf, `altered ${key}`);
          }
          const { [key]: _dropped, ...dropped } = view.event;
          assert.notEqual(leafOfView(view, dropped), leaf, `dropped ${key}`);
          const added = `x${name}`;
          if (!(added in event)) {
            assert.notEqual(leafOfView(view, { ...view.event, [added]: value }), leaf, `added ${added}`);
          }
          // Showing a withheld group again, with a guessed value, fails too.
          const hidden = view.withheld.find((g) => g !== "eventID");
          if (hidden) {
            const guess = { ...view.event, ...splitEventFields(event)[hidden] };
            assert.equal(leafOfView(view, guess), undefined);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("hands out every salt once, across refills of its random pool", () => {
    const salts = Array.from({ length: 1000 }, () => createSalt());
    assert.equal(new Set(salts).size, salts.length);
    for (const salt of salts) assert.match(salt, /^0x[0-9a-f]{32}$/);
  });

  it("a withheld field's commitment reveals nothing: fresh 128-bit salts, no guess of the value matches", () => {
    fc.assert(
      fc.property(anEvent, fc.integer({ min: 1, max: 500 }), ({ event }, quantity) => {
        const secret = {
          ...event,
          quantityList: [{ epcClass: "https://id.gs1.org/01/09520123456788/10/L1", quantity, uom: "KGM" }],
        };
        const eventHash = computeEventHash({ event: secret });
        const a = commitEvent({ event: secret, eventHash });
        const b = commitEvent({ event: secret, eventHash });
        const saltsOf = (c: typeof a) => [c.salts.eventHash, ...Object.values(c.salts.fields)] as Hex[];
        const all = [...saltsOf(a), ...saltsOf(b)];
        assert.equal(new Set(all).size, all.length, "every salt is fresh");
        for (const salt of all) assert.ok((salt.length - 2) / 2 >= 16, "salts of 128 bits or more");
        assert.notEqual(a.digests.quantities, b.digests.quantities);
        assert.notEqual(a.leaf, b.leaf);

        const view = discloseEvent({ event: secret, eventHash, salts: a.salts, withhold: ["quantities"] });
        const shown = JSON.stringify(view);
        assert.ok(!shown.includes(eventHash.slice(15, 79)), "the event hash is not public");
        assert.ok(!shown.includes(a.salts.fields.quantities as string), "the withheld salt is not public");
        assert.ok(!shown.includes(a.salts.eventHash), "the event hash salt is not public");
        assert.equal(view.event.quantityList, undefined);
        assert.equal(view.event.eventID, undefined);
        // Everything public, tried as salts with every candidate quantity, matches no commitment.
        const publicSalts = Object.values(view.disclosure.salts) as Hex[];
        for (let guess = 1; guess <= 500; guess += 37) {
          const value = { quantityList: [{ ...secret.quantityList[0], quantity: guess }] };
          for (const salt of publicSalts) {
            assert.notEqual(
              disclosureDigest({ salt, name: "quantities", value }),
              view.disclosure.withheld.quantities,
            );
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("selective disclosure", () => {
  const { event, eventHash } = events[1] as (typeof events)[number];

  it("a partner given the whole event and its salts verifies it and its GS1 event hash", () => {
    const { salts, leaf } = commitEvent({ event, eventHash });
    const full = discloseEvent({ event, eventHash, salts, withhold: [] });
    assert.deepEqual(full.event, event);
    assert.equal(leafOfView(full), leaf);
    const other = computeEventHash({ event: { ...event, bizStep: "receiving" } });
    assert.equal(
      verifyDisclosedEvent({ event, disclosure: full.disclosure, eventHash: other }).ok,
      false,
      "a wrong event hash fails",
    );
  });

  it("groups: purchase orders, quantities, places, extensions apart; the rest is core", () => {
    const groups = splitEventFields(objectEvent);
    assert.deepEqual(Object.keys(groups).sort(), ["core", "extensions", "ilmd", "location"]);
    assert.deepEqual(groups.extensions, { "example:harvestId": "H-17" });
    // A correction names events by their hashes: those go with the event ids, withheld with any group.
    const declaration = splitEventFields({
      ...objectEvent,
      errorDeclaration: {
        declarationTime: "2026-03-05T00:00:00Z",
        correctiveEventIDs: ["ni:///sha-256;ab?ver=CBV2.0"],
      },
      "tm:declares": "ni:///sha-256;cd?ver=CBV2.0",
    });
    assert.deepEqual(Object.keys(declaration.eventID ?? {}).sort(), ["errorDeclaration", "tm:declares"]);
    assert.equal(declaration.core.errorDeclaration, undefined);
    assert.deepEqual(Object.keys(splitEventFields(transactionEvent)).sort(), [
      "bizTransactions",
      "core",
      "sourceDestination",
    ]);
  });

  it("a salt under 128 bits or a record without the event hash's salt or commitment fails", () => {
    const { salts } = commitEvent({ event, eventHash });
    assert.throws(
      () => commitEvent({ event, eventHash, salts: { ...salts, eventHash: "0x0102" } }),
      /16 or more bytes/,
    );
    const view = discloseEvent({
      event,
      eventHash,
      salts,
      withhold: ["quantities" as WithholdableFieldGroup],
    });
    const { eventHashCommitment: _, ...without } = view.disclosure;
    const result = verifyDisclosedEvent({ event: view.event, disclosure: without });
    assert.equal(result.ok, false);
  });

  it("the v2 leaf is keccak256(abi.encode(tag, commitment, root)); a native SHA-256 commits the same", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (c, r) => {
          const [eventHashCommitment, fieldsRoot] = [bytesToHex(c), bytesToHex(r)];
          const encoded = encodeAbiParameters(
            [{ type: "string" }, { type: "bytes32" }, { type: "bytes32" }],
            [leafV2Tag, eventHashCommitment, fieldsRoot],
          );
          assert.equal(computeLeafV2({ eventHashCommitment, fieldsRoot }), keccak256(encoded));
        },
      ),
      { numRuns: 50 },
    );
    const { salts, leaf } = commitEvent({ event, eventHash });
    const native = (bytes: Uint8Array) => new Uint8Array(createHash("sha256").update(bytes).digest());
    assert.equal(commitEvent({ event, eventHash, salts, sha256: native }).leaf, leaf);
  });

  it("canonical JSON sorts members and refuses what JSON cannot hold", () => {
    assert.equal(
      canonicalJson({ b: [1, "é"], a: { d: null, c: true } }),
      '{"a":{"c":true,"d":null},"b":[1,"é"]}',
    );
    assert.throws(() => canonicalJson({ x: Number.NaN }), /not a JSON number/);
    assert.throws(() => canonicalJson([() => 1]), /not a JSON value/);
    assert.equal(canonicalJson({ a: undefined, b: [undefined] }), '{"b":[null]}');
    // Any JSON value gives the bytes the first implementation (map/filter/join) gave, which the
    // version-2 leaves anchored so far commit to.
    const first = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(first).join(",")}]`
        : v !== null && typeof v === "object"
          ? `{${Object.keys(v)
              .sort()
              .map((k) => `${JSON.stringify(k)}:${first((v as Record<string, unknown>)[k])}`)
              .join(",")}}`
          : JSON.stringify(v);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        assert.equal(canonicalJson(v), first(v));
      }),
      { numRuns: 500 },
    );
  });
});

describe("salts derived from one seed per event", () => {
  const native = (bytes: Uint8Array) => new Uint8Array(createHash("sha256").update(bytes).digest());
  const aSeed = fc.uint8Array({ minLength: 16, maxLength: 64 }).map((bytes) => bytesToHex(bytes));
  const someGroups = fc.subarray(["core", ...disclosableFieldGroups] as FieldGroupName[]);
  const nativeHmac = (key: Uint8Array, message: Uint8Array) =>
    new Uint8Array(createHmac("sha256", key).update(message).digest());
  /**
   * The definition, by Node's own HMAC: HKDF-Expand (RFC 5869) of the seed with info
   * "tracemark.salts.v1", 16 bytes per slot of `saltSlots`.
   */
  const saltsBy = (seed: Hex) => {
    const blocks: Buffer[] = [];
    for (let i = 1, previous = Buffer.alloc(0); i <= 5; i += 1) {
      previous = createHmac("sha256", Buffer.from(seed.slice(2), "hex"))
        .update(Buffer.concat([previous, Buffer.from("tracemark.salts.v1"), Buffer.from([i])]))
        .digest();
      blocks.push(previous);
    }
    const okm = Buffer.concat(blocks);
    return new Map(
      saltSlots.map((name, slot) => [name, bytesToHex(okm.subarray(16 * slot, 16 * slot + 16))]),
    );
  };

  it("the salts are HKDF-Expand of the seed, 16 bytes per slot, with viem's SHA-256 or a native HMAC", () => {
    fc.assert(
      fc.property(aSeed, someGroups, (seed, groups) => {
        const by = saltsBy(seed);
        const expected = {
          eventHash: by.get("eventHash"),
          fields: Object.fromEntries(groups.map((name) => [name, by.get(name)])),
        };
        assert.deepEqual(deriveEventSalts({ seed, groups }), expected);
        assert.deepEqual(deriveEventSalts({ seed, groups, hmacSha256: nativeHmac }), expected);
      }),
      { numRuns: 100 },
    );
    // RFC 5869 test case 1, expand step: PRK and info as given there, the first 42 bytes of OKM.
    const prk = "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5";
    const rfcInfo = Buffer.from("f0f1f2f3f4f5f6f7f8f9", "hex");
    let previous = Buffer.alloc(0);
    const okm: Buffer[] = [];
    for (let i = 1; i <= 2; i += 1) {
      previous = createHmac("sha256", Buffer.from(prk, "hex"))
        .update(Buffer.concat([previous, rfcInfo, Buffer.from([i])]))
        .digest();
      okm.push(previous);
    }
    assert.equal(
      Buffer.concat(okm).subarray(0, 42).toString("hex"),
      "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
      "the reference above is RFC 5869's HKDF-Expand",
    );
  });

  it("a fresh commitment keeps only its seed: the salts, the leaf and every view come back from it", () => {
    fc.assert(
      fc.property(anEvent, aWithholding, ({ event, eventHash }, withhold) => {
        const committed = commitEvent({ event, eventHash, sha256: native, hmacSha256: nativeHmac });
        assert.match(committed.saltSeed ?? "", /^0x[0-9a-f]{32}$/);
        const salts = deriveEventSalts({
          seed: committed.saltSeed as Hex,
          groups: Object.keys(splitEventFields(event)) as FieldGroupName[],
        });
        assert.deepEqual(salts, committed.salts);
        const again = commitEvent({ event, eventHash, saltSeed: committed.saltSeed });
        assert.equal(again.leaf, committed.leaf);
        const all = [salts.eventHash, ...Object.values(salts.fields)];
        assert.equal(new Set(all).size, all.length, "a salt per group, each its own");
        assert.ok(!all.includes(committed.saltSeed as Hex), "the seed is none of the salts");
        const view = discloseEvent({ event, eventHash, salts, withhold });
        assert.equal(leafOfView(view), committed.leaf);
        assert.ok(
          !JSON.stringify(view).includes((committed.saltSeed as Hex).slice(2)),
          "the seed is never shown",
        );
      }),
      { numRuns: 60 },
    );
  });

  it("salts given (events committed before seeds) still commit as they did; a seed of under 16 bytes is refused", () => {
    const { event, eventHash } = events[0] as (typeof events)[number];
    const salts = {
      eventHash: createSalt(),
      fields: Object.fromEntries(Object.keys(splitEventFields(event)).map((name) => [name, createSalt()])),
    };
    const committed = commitEvent({ event, eventHash, salts });
    assert.equal(committed.saltSeed, undefined);
    assert.deepEqual(committed.salts, salts);
    assert.equal(
      leafOfView(discloseEvent({ event, eventHash, salts, withhold: ["location"] })),
      committed.leaf,
    );
    assert.throws(() => commitEvent({ event, eventHash, saltSeed: "0x0102" }), /salt seed/);
  });
});
