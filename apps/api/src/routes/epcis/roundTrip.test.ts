import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { processPendingCaptures } from "../../capture/processPendingCaptures.ts";
import { call } from "../../testing/actors.ts";
import { testAppWithActors } from "../../testing/suite.ts";

/**
 * A foreign EPCIS 2.0 client's round trip: a document written as GS1's examples write them (EPC
 * URNs, CBV URNs, the client's own eventIDs) captured through `POST /capture`, then queried back
 * through the standard binding with the standard parameters, identifiers in Digital Link form.
 */
const document = {
  "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
  type: "EPCISDocument",
  schemaVersion: "2.0",
  creationDate: "2026-05-01T10:00:00.000Z",
  epcisBody: {
    eventList: [
      {
        eventID: "urn:uuid:8f3d1a52-3b7e-4c2a-9d61-0c1b2e3f4a5b",
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2026-05-01T08:00:00.000+02:00",
        eventTimeZoneOffset: "+02:00",
        epcList: ["urn:epc:id:sgtin:4012345.011111.1001"],
        bizStep: "urn:epcglobal:cbv:bizstep:shipping",
        disposition: "urn:epcglobal:cbv:disp:in_transit",
        readPoint: { id: "urn:epc:id:sgln:4012345.00001.2" },
        bizLocation: { id: "urn:epc:id:sgln:4012345.00001.0" },
        bizTransactionList: [
          { type: "urn:epcglobal:cbv:btt:desadv", bizTransaction: "urn:epcglobal:cbv:bt:4012345000016:DA-7" },
        ],
        destinationList: [
          { type: "urn:epcglobal:cbv:sdt:owning_party", destination: "urn:epc:id:pgln:4012345.00002" },
        ],
      },
      {
        eventID: "urn:uuid:1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2026-05-02T08:00:00.000+02:00",
        eventTimeZoneOffset: "+02:00",
        epcList: ["urn:epc:id:sgtin:4012345.011111.1002"],
        bizStep: "urn:epcglobal:cbv:bizstep:receiving",
        bizLocation: { id: "urn:epc:id:sgln:4012345.00009.0" },
      },
    ],
  },
};

describe("a foreign EPCIS client's capture, queried back through the binding", () => {
  const { t, a } = testAppWithActors();
  before(async () => {
    const captured = await call(t.app, a.orgA.apiKeys.operator, "POST", "/capture", document);
    assert.equal(captured.statusCode, 202, captured.body);
    await processPendingCaptures(t.context);
  });

  const eventIDs = async (qs: string) => {
    const response = await call(t.app, a.orgA.apiKeys.viewer, "GET", `/events?${qs}`);
    assert.equal(response.statusCode, 200, `${qs}: ${response.body}`);
    return (
      response.json() as {
        epcisBody: { queryResults: { resultsBody: { eventList: { eventID: string }[] } } };
      }
    ).epcisBody.queryResults.resultsBody.eventList.map((e) => e.eventID);
  };
  const shipped = "urn:uuid:8f3d1a52-3b7e-4c2a-9d61-0c1b2e3f4a5b";
  const received = "urn:uuid:1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
  const q = encodeURIComponent;

  test("the client's eventIDs come back, and every standard parameter finds its event in either identifier form", async () => {
    assert.deepEqual(await eventIDs(""), [shipped, received]);
    assert.deepEqual(await eventIDs(`EQ_eventID=${q(received)}`), [received]);
    assert.deepEqual(await eventIDs("EQ_bizStep=shipping"), [shipped]);
    assert.deepEqual(await eventIDs(`MATCH_epc=${q("https://id.gs1.org/01/04012345111118/21/1002")}`), [
      received,
    ]);
    assert.deepEqual(await eventIDs(`EQ_readPoint=${q("https://id.gs1.org/414/4012345000016/254/2")}`), [
      shipped,
    ]);
    assert.deepEqual(await eventIDs(`WD_bizLocation=${q("https://id.gs1.org/414/4012345000016")}`), [
      shipped,
    ]);
    assert.deepEqual(
      await eventIDs(`EQ_bizTransaction_desadv=${q("urn:epcglobal:cbv:bt:4012345000016:DA-7")}`),
      [shipped],
    );
    assert.deepEqual(
      await eventIDs(`EQ_destination_owning_party=${q("https://id.gs1.org/417/4012345000023")}`),
      [shipped],
    );
    assert.deepEqual(await eventIDs("orderBy=eventTime&orderDirection=DESC&eventCountLimit=1"), [received]);
  });
});
