import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import fc from "fast-check";
import { EventHashError, InvalidEventHashError } from "../errors/hash.ts";
import { computeEventHash } from "./computeEventHash.ts";
import { computeEventPreHash } from "./computeEventPreHash.ts";
import { eventHashToLeaf } from "./eventHashToLeaf.ts";
import * as ref from "./fixtures/reference.ts";

const context = ref.exampleContext;

describe("computeEventHash against the GS1 reference implementation's published hashes", () => {
  it("example 1: SSCCs (18 digits), SGLN with extension, nested user extensions", () => {
    assert.equal(computeEventPreHash({ event: ref.example1, context }), ref.example1PreHash);
    assert.equal(computeEventHash({ event: ref.example1, context }), ref.example1Hash);
  });

  it("example 2: sensor data, with the sensorElementList name and gs1: terms on https://gs1.org/voc/", () => {
    assert.equal(computeEventHash({ event: ref.example2, context }), ref.example2Hash);
    assert.match(
      computeEventPreHash({ event: ref.example2, context }),
      /sensorElementListsensorElementsensorMetadata.*sensorReporttype=https:\/\/gs1\.org\/voc\/Temperature/,
    );
  });

  it("example 3: business transactions, sources, destinations, an extension inside readPoint", () => {
    assert.equal(computeEventHash({ event: ref.example3, context }), ref.example3Hash);
  });

  it("CBV2.1 names its version in the hash and hashes the same pre-hash string", () => {
    const digest = (hash: string) => hash.slice(0, hash.indexOf("?"));
    const hash21 = computeEventHash({ event: ref.example3, context, version: "CBV2.1" });
    assert.match(hash21, /\?ver=CBV2\.1$/);
    assert.equal(digest(hash21), digest(ref.example3Hash));
  });

  it("hashVersion 1 gives the hashes events anchored under Tracemark's earlier rules carry", () => {
    assert.equal(computeEventHash({ event: ref.example2, context, hashVersion: 1 }), ref.example2HashV1);
    assert.equal(computeEventHash({ event: ref.example3, context, hashVersion: 1 }), ref.example3HashV1);
    assert.equal(computeEventHash({ event: ref.example1, context, hashVersion: 1 }), ref.example1Hash);
    const withCertificate = { ...ref.example3, certificationInfo: "https://example.com/cert" };
    assert.equal(computeEventHash({ event: withCertificate, context, hashVersion: 1 }), ref.example3HashV1);
    const cpi = { ...ref.example3, epcList: ["urn:epc:id:cpi:4012345.ABC.123"] };
    assert.match(
      computeEventPreHash({ event: cpi, context, hashVersion: 1 }),
      /epc=urn:epc:id:cpi:4012345\.ABC\.123/,
    );
    assert.match(
      computeEventPreHash({ event: cpi, context }),
      /epc=https:\/\/id\.gs1\.org\/8010\/4012345ABC\/8011\/123/,
    );
  });

  it("rounds sub-millisecond timestamps half-up and constrains custom-domain Digital Links", () => {
    assert.equal(computeEventHash({ event: ref.roundUp }), ref.roundUpHash);
    assert.equal(computeEventHash({ event: ref.roundDown }), ref.roundDownHash);
    assert.match(computeEventPreHash({ event: ref.roundUp }), /eventTime=2023-02-02T11:04:03\.142Z/);
  });
});

describe("the cases epcis2.js gets wrong", () => {
  it("SSCC EPC URIs become 18-digit SSCCs", () => {
    const preHash = computeEventPreHash({ event: ref.example1, context });
    assert.match(preHash, /epc=https:\/\/id\.gs1\.org\/00\/040123450000001112epc=/);
  });

  it("sub-millisecond digits round instead of truncating, carrying into the next day", () => {
    const event = { ...ref.roundDown, eventTime: "2023-12-31T23:59:59.9996Z" };
    assert.match(computeEventPreHash({ event }), /eventTime=2024-01-01T00:00:00\.000Z/);
  });

  it("extensions inside readPoint stay inside it (rule version 1 moved them to the end)", () => {
    assert.match(
      computeEventPreHash({ event: ref.example3, context }),
      /readPointid=https:\/\/id\.gs1\.org\/414\/4012345000115\{https:\/\/ns\.example\.com\/epcis\/\}myField1=AB-12bizTransactionList/,
    );
    assert.match(
      computeEventPreHash({ event: ref.example3, context, hashVersion: 1 }),
      /readPoint\{https:\/\/ns\.example\.com\/epcis\/\}myField1=AB-12\{https:\/\/ns\.example\.com\/epcis\/\}userExt=CD-34$/,
    );
  });

  it("extensions inside sensorMetadata and sensorReport are kept inside them", () => {
    const event = structuredClone(ref.example2) as Record<string, unknown> & typeof ref.example2;
    const element = event.sensorElementList[0] as Record<string, unknown> &
      (typeof event.sensorElementList)[0];
    (element.sensorMetadata as Record<string, unknown>)["example:batteryLevel"] = "80";
    const plain = computeEventHash({ event: ref.example2, context });
    assert.notEqual(computeEventHash({ event, context }), plain);
    assert.match(
      computeEventPreHash({ event, context }),
      /deviceMetadata=https:\/\/id\.gs1\.org\/8004\/4000001111\{https:\/\/ns\.example\.com\/epcis\/\}batteryLevel=80sensorReport/,
    );
  });

  it("expands value CURIEs (gs1:Angle) like bare terms and full URIs", () => {
    const withType = (type: string) => ({
      ...ref.example2,
      sensorElementList: [{ sensorReport: [{ type, value: 12.5, uom: "DD" }] }],
    });
    const bare = computeEventHash({ event: withType("Angle") });
    assert.equal(computeEventHash({ event: withType("gs1:Angle") }), bare);
    assert.equal(computeEventHash({ event: withType("https://gs1.org/voc/Angle") }), bare);
    assert.match(
      computeEventPreHash({ event: withType("gs1:Angle") }),
      /sensorReporttype=https:\/\/gs1\.org\/voc\/Angle/,
    );
  });

  it("expands gs1: terms with the namespace the @context declares", () => {
    const event = {
      ...ref.example2,
      sensorElementList: [{ sensorReport: [{ type: "gs1:Angle", value: 1 }] }],
    };
    const declared = [{ gs1: "https://example.org/gs1/" }];
    assert.match(
      computeEventPreHash({ event, context: declared }),
      /type=https:\/\/example\.org\/gs1\/Angle/,
    );
  });
});

describe("semantically equal events hash the same", () => {
  const base = computeEventHash({ event: ref.example3, context });

  it("whatever the key order", () => {
    const reversed = Object.fromEntries(Object.entries(ref.example3).reverse());
    assert.equal(computeEventHash({ event: reversed, context }), base);
  });

  it("whatever the whitespace around values, list order, zone notation and vocabulary form", () => {
    const event = {
      ...ref.example3,
      eventTime: "2020-03-04T10:00:30.000Z",
      bizStep: "urn:epcglobal:cbv:bizstep:departing",
      disposition: "  https://ref.gs1.org/cbv/Disp-in_transit ",
      epcList: ["https://example.com/01/00614141111114/21/987?linkType=all"],
      sourceList: [{ source: "urn:epc:id:pgln:4012345.00000", type: "cbv:SDT-owning_party" }],
    };
    assert.equal(computeEventHash({ event, context }), base);
  });

  it("ignores eventID, recordTime and errorDeclaration", () => {
    const event = {
      ...ref.example3,
      eventID: "ni:///sha-256;00?ver=CBV2.0",
      recordTime: "2026-01-01T00:00:00Z",
      errorDeclaration: { declarationTime: "2026-01-01T00:00:00Z", reason: "incorrect_data" },
    };
    assert.equal(computeEventHash({ event, context }), base);
  });
});

describe("any change to content changes the hash", () => {
  const base = computeEventHash({ event: ref.example3, context });
  const changes: [string, Record<string, unknown>][] = [
    ["eventTime by one millisecond", { eventTime: "2020-03-04T11:00:30.001+01:00" }],
    ["eventTimeZoneOffset", { eventTimeZoneOffset: "+02:00" }],
    ["an EPC", { epcList: ["urn:epc:id:sgtin:0614141.011111.988"] }],
    [
      "an added EPC",
      { epcList: ["urn:epc:id:sgtin:0614141.011111.987", "urn:epc:id:sgtin:0614141.011111.988"] },
    ],
    ["the action", { action: "ADD" }],
    ["the disposition", { disposition: "in_progress" }],
    ["the readPoint", { readPoint: { id: "urn:epc:id:sgln:4012345.00011.1", "example:myField1": "AB-12" } }],
    [
      "the extension inside readPoint",
      { readPoint: { id: "urn:epc:id:sgln:4012345.00011.0", "example:myField1": "AB-13" } },
    ],
    [
      "the business transaction type",
      { bizTransactionList: [{ type: "inv", bizTransaction: "urn:epc:id:gdti:4012345.11111.123" }] },
    ],
    ["a user extension", { "example:userExt": "CD-35" }],
    ["an added ILMD", { ilmd: { "example:bestBefore": "2026-01-01" } }],
    ["an added bizLocation", { bizLocation: { id: "urn:epc:id:sgln:4012345.00011.0" } }],
    ["an added certificationInfo", { certificationInfo: "https://example.com/cert" }],
  ];
  for (const [what, change] of changes) {
    it(what, () => {
      assert.notEqual(computeEventHash({ event: { ...ref.example3, ...change }, context }), base);
    });
  }

  it("for any changed extension value (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(a.trim() !== b.trim() && a.trim() !== "" && b.trim() !== "");
        fc.pre(Number(a) !== Number(b) || Number.isNaN(Number(a)));
        const hash = (v: string) =>
          computeEventHash({ event: { ...ref.example3, "example:userExt": v }, context });
        assert.notEqual(hash(a), hash(b));
      }),
    );
  });
});

describe("errors", () => {
  it("names an undeclared extension prefix", () => {
    assert.throws(
      () => computeEventHash({ event: { ...ref.example3, "acme:x": "1" }, context }),
      (e: unknown) =>
        e instanceof EventHashError && e.path === "acme:x" && /prefix "acme" is not declared/.test(e.message),
    );
  });

  it("takes the prefixes the standard context defines (cbvmda:, dcterms:, …) without a declaration", () => {
    const event = { ...ref.example3, ilmd: { "cbvmda:lotNumber": "L1", "dcterms:source": "x" } };
    const declared = { cbvmda: "urn:epcglobal:cbv:mda:", dcterms: "http://purl.org/dc/terms/" };
    assert.equal(
      computeEventHash({ event, context }),
      computeEventHash({ event, context: [...context, declared] }),
    );
    assert.match(computeEventPreHash({ event, context }), /ilmd.*\{urn:epcglobal:cbv:mda:\}lotNumber=L1/);
  });

  it("names a timestamp without a zone", () => {
    assert.throws(
      () => computeEventHash({ event: { ...ref.example3, eventTime: "2020-03-04T11:00:30" }, context }),
      (e: unknown) => e instanceof EventHashError && e.path === "eventTime",
    );
  });

  it("requires an event type", () => {
    assert.throws(
      () => computeEventHash({ event: { eventTime: "2020-03-04T11:00:30Z" } }),
      /event type is missing/,
    );
  });
});

describe("computeEventHash with the caller's sha256", () => {
  const nodeSha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest();
  const cases = [
    { event: ref.example1, context, expected: ref.example1Hash },
    { event: ref.example2, context, expected: ref.example2Hash },
    { event: ref.example3, context, expected: ref.example3Hash },
    { event: ref.example3, context, hashVersion: 1 as const, expected: ref.example3HashV1 },
    { event: ref.roundUp, expected: ref.roundUpHash },
    { event: ref.roundDown, expected: ref.roundDownHash },
  ];

  it("node:crypto's SHA-256 gives the reference hashes, as the default does", () => {
    for (const { expected, ...parameters } of cases) {
      assert.equal(computeEventHash({ ...parameters, sha256: nodeSha256 }), expected);
      assert.equal(computeEventHash(parameters), expected);
    }
  });

  it("hashes the pre-hash string's UTF-8 bytes with the function given", () => {
    const seen: string[] = [];
    const fake = (bytes: Uint8Array) => {
      seen.push(new TextDecoder().decode(bytes));
      return new Uint8Array(32).fill(0xab);
    };
    assert.equal(
      computeEventHash({ event: ref.example1, context, sha256: fake }),
      `ni:///sha-256;${"ab".repeat(32)}?ver=CBV2.0`,
    );
    assert.deepEqual(seen, [ref.example1PreHash]);
  });
});

describe("eventHashToLeaf", () => {
  it("returns the digest as bytes32", () => {
    assert.equal(
      eventHashToLeaf(ref.example1Hash),
      "0x6ae96341e0acc6d7a261364751f60e68278a81cdf51da0abb6b4e617014e39d7",
    );
  });

  it("rejects anything else", () => {
    assert.throws(() => eventHashToLeaf("ni:///sha-256;abc?ver=CBV2.0"), InvalidEventHashError);
    assert.throws(() => eventHashToLeaf(ref.example1Hash.toUpperCase()), InvalidEventHashError);
  });
});
