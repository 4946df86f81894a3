import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { InvalidEpcisError } from "../errors/epcis.ts";
import { computeEventHash } from "../hash/computeEventHash.ts";
import * as ref from "../hash/fixtures/reference.ts";
import { createEpcisDocument, epcisContextUrl } from "./createEpcisDocument.ts";
import * as fx from "./fixtures.ts";
import { parseEpcisDocument } from "./parseEpcisDocument.ts";
import { parseEpcisEvent } from "./parseEpcisEvent.ts";

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InvalidEpcisError) return e.issues;
    throw e;
  }
  assert.fail("expected InvalidEpcisError");
}

describe("parseEpcisEvent accepts each event type", () => {
  const events = fx.allEvents;
  for (const event of events) {
    it(event.type, () => assert.deepEqual(parseEpcisEvent(event), event));
  }
  it("and the GS1 hash reference examples", () => {
    for (const event of [ref.example1, ref.example2, ref.example3])
      assert.equal(parseEpcisEvent(event).type, "ObjectEvent");
  });
});

describe("parseEpcisEvent names the field at fault", () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      "an eventTime without zone",
      { ...fx.objectEvent, eventTime: "2026-03-04T11:00:30" },
      "eventTime",
      /time zone/,
    ],
    [
      "an eventTime in year 0, which Postgres cannot store",
      { ...fx.objectEvent, eventTime: "0000-01-01T00:00:00Z" },
      "eventTime",
      /between 1000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z/,
    ],
    [
      "an eventTime that is year 10000 in UTC",
      { ...fx.objectEvent, eventTime: "9999-12-31T23:59:59-01:00" },
      "eventTime",
      /between 1000-01-01T00:00:00Z/,
    ],
    [
      "an eventTime on 30 February",
      { ...fx.objectEvent, eventTime: "2026-02-30T00:00:00Z" },
      "eventTime",
      /ISO 8601/,
    ],
    [
      "a sensor time in year 0",
      {
        ...fx.transformationEvent,
        sensorElementList: [
          { sensorMetadata: { time: "0000-01-01T00:00:00Z" }, sensorReport: [{ type: "Temperature" }] },
        ],
      },
      "sensorElementList[0].sensorMetadata.time",
      /between 1000-01-01T00:00:00Z/,
    ],
    [
      "an unknown business step",
      { ...fx.objectEvent, bizStep: "teleporting" },
      "bizStep",
      /CBV business step/,
    ],
    [
      "an unknown disposition URN",
      { ...fx.objectEvent, disposition: "urn:epcglobal:cbv:disp:lost" },
      "disposition",
      /CBV disposition/,
    ],
    ["a bad action", { ...fx.objectEvent, action: "CREATE" }, "action", /"ADD", "OBSERVE" or "DELETE"/],
    [
      "a malformed EPC URI",
      { ...fx.objectEvent, epcList: ["urn:epc:id:sgtin:0614141.2017"] },
      "epcList[0]",
      /EPC URI/,
    ],
    ["a readPoint without id", { ...fx.objectEvent, readPoint: {} }, "readPoint.id", /./],
    ["an unprefixed unknown field", { ...fx.objectEvent, harvest: "x" }, "harvest", /namespace prefix/],
    ["an unprefixed ILMD field", { ...fx.objectEvent, ilmd: { lot: "1" } }, "ilmd.lot", /namespace prefix/],
    ["a missing parentID", { ...fx.associationEvent, parentID: undefined }, "parentID", /./],
    [
      "an aggregation ADD without parent",
      { ...fx.aggregationEvent, parentID: undefined },
      "parentID",
      /required when action is ADD/,
    ],
    [
      "a transaction without business transaction",
      { ...fx.transactionEvent, bizTransactionList: [] },
      "bizTransactionList",
      /business transaction/,
    ],
    [
      "a bad source type",
      { ...fx.transactionEvent, sourceList: [{ type: "seller", source: "urn:epc:id:pgln:0614141.00000" }] },
      "sourceList[0].type",
      /source\/destination type/,
    ],
    [
      "a sensor element without reports",
      { ...fx.transformationEvent, sensorElementList: [{ sensorReport: [] }] },
      "sensorElementList[0].sensorReport",
      /at least one/,
    ],
    [
      "a bad error reason",
      {
        ...fx.associationEvent,
        errorDeclaration: { declarationTime: "2026-03-09T09:00:00Z", reason: "oops" },
      },
      "errorDeclaration.reason",
      /error reason/,
    ],
    [
      "an unknown event type",
      { ...fx.objectEvent, type: "ShipmentEvent" },
      "type",
      /ObjectEvent, AggregationEvent/,
    ],
  ];
  for (const [what, event, path, message] of cases) {
    it(what, () => {
      const issues = issuesOf(() => parseEpcisEvent(event));
      const issue = issues.find((i) => i.path === path);
      assert.ok(issue, `expected an issue at ${path}, got ${JSON.stringify(issues)}`);
      assert.match(issue.message, message);
    });
  }

  it("accepts EPC URIs of every scheme, and keys with a 12-digit company prefix and an empty reference", () => {
    const epcList = [
      "urn:epc:id:cpi:0614141.123ABC.123456789",
      "urn:epc:id:itip:4012345.011111.01.02.987",
      "urn:epc:id:upui:4012345.012345.AB12",
      "urn:epc:id:gdti:987659999999..9",
      "urn:epc:id:sgln:999999999999..0",
    ];
    assert.deepEqual(parseEpcisEvent({ ...fx.objectEvent, epcList }).epcList, epcList);
    const sourceList = [{ type: "owning_party", source: "urn:epc:id:pgln:999999999999." }];
    assert.deepEqual(parseEpcisEvent({ ...fx.objectEvent, sourceList }).sourceList, sourceList);
    const quantityList = [
      "urn:epc:idpat:itip:4012345.012345.01.02.*",
      "urn:epc:idpat:gdti:4012345.11111.*",
    ].map((epcClass) => ({ epcClass, quantity: 1 }));
    assert.deepEqual(parseEpcisEvent({ ...fx.objectEvent, quantityList }).quantityList, quantityList);
  });

  it("refuses a malformed EPC URI of a newly converted scheme", () => {
    const issues = issuesOf(() =>
      parseEpcisEvent({ ...fx.objectEvent, epcList: ["urn:epc:id:itip:4012345.011111.987"] }),
    );
    assert.ok(issues.some((i) => i.path === "epcList[0]" && /EPC URI/.test(i.message)));
  });

  it("accepts private-vocabulary URIs for business steps", () => {
    assert.equal(
      parseEpcisEvent({ ...fx.objectEvent, bizStep: "https://tracemark.dev/voc/roasting" }).bizStep,
      "https://tracemark.dev/voc/roasting",
    );
  });

  it("puts the field in the error message", () => {
    assert.throws(
      () => parseEpcisEvent({ ...fx.objectEvent, bizStep: "teleporting" }),
      /Invalid EPCIS event: bizStep: /,
    );
  });
});

describe("EPCIS documents", () => {
  const events = fx.allEvents;

  it("emit then parse round-trips, and event hashes survive the trip", () => {
    const document = createEpcisDocument({
      events,
      namespaces: fx.namespaces,
      creationDate: "2026-03-10T00:00:00Z",
    });
    assert.deepEqual(document["@context"], [epcisContextUrl, fx.namespaces]);
    const text = JSON.stringify(document);
    const parsed = parseEpcisDocument(text);
    assert.deepEqual(parsed, document);
    const hashes = parsed.epcisBody.eventList.map((event) =>
      computeEventHash({ event, context: parsed["@context"] }),
    );
    assert.deepEqual(
      hashes,
      events.map((event) => computeEventHash({ event, context: [epcisContextUrl, fx.namespaces] })),
    );
    assert.equal(new Set(hashes).size, events.length);
  });

  it("names the event and field in a document", () => {
    const document = createEpcisDocument({ events, creationDate: "2026-03-10T00:00:00Z" });
    const bad = structuredClone(document) as { epcisBody: { eventList: Record<string, unknown>[] } };
    (bad.epcisBody.eventList[2] as Record<string, unknown>).disposition = "lost";
    const issues = issuesOf(() => parseEpcisDocument(bad));
    assert.ok(
      issues.some((i) => i.path === "epcisBody.eventList[2].disposition"),
      JSON.stringify(issues),
    );
  });

  it("rejects invalid JSON, a wrong schema version and a bad event on the way in", () => {
    assert.throws(() => parseEpcisDocument("{"), /not valid JSON/);
    const document = createEpcisDocument({ events: [fx.objectEvent], creationDate: "2026-03-10T00:00:00Z" });
    assert.deepEqual(
      issuesOf(() => parseEpcisDocument({ ...document, schemaVersion: "1.2" }))[0]?.path,
      "schemaVersion",
    );
    assert.throws(
      () => createEpcisDocument({ events: [fx.objectEvent, { ...fx.objectEvent, eventTime: "yesterday" }] }),
      /epcisBody\.eventList\[1\]\.eventTime/,
    );
  });
});

describe("documents of other EPCIS implementations", () => {
  it("accepts bizRules in a sensorReport (EPCIS 2.0 JSON schema, sensorReport.bizRules)", () => {
    const report = {
      type: "gs1:Temperature",
      value: 4,
      uom: "CEL",
      bizRules: "https://example.com/rules/cold",
    };
    const event = parseEpcisEvent({
      ...fx.transformationEvent,
      sensorElementList: [{ sensorReport: [report] }],
    });
    assert.equal(event.sensorElementList?.[0]?.sensorReport[0]?.bizRules, "https://example.com/rules/cold");
    assert.deepEqual(
      issuesOf(() =>
        parseEpcisEvent({
          ...fx.transformationEvent,
          sensorElementList: [{ sensorReport: [{ ...report, bizRules: "cold chain" }] }],
        }),
      ).map((issue) => issue.path),
      ["sensorElementList[0].sensorReport[0].bizRules"],
    );
  });
});
