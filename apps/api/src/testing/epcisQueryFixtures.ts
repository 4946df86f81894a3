import type { Actors } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { insertEvent } from "./events.ts";

/** An EPCISQueryDocument a subscriber received, as far as tests read it. */
export type ReceivedQueryDocument = {
  type: string;
  epcisBody: {
    queryResults: {
      queryName: string;
      subscriptionID: string;
      resultsBody: { eventList: { eventID: string }[] };
    };
  };
};

/** The client's own eventID of the `receive` event (kept by capture, found by EQ_eventID). */
export const CLIENT_EVENT_ID = "urn:uuid:6a3f1c2e-7d4b-4f0a-9c1e-2b5d8e7f9a10";

/**
 * Events of organisation A for the EPCIS query binding's tests, each stored in one identifier form
 * and found by the other: `commission` (readPoint an SGLN URN, sub-location 1234 of GLN
 * 0614141073467; bizLocation that site; ILMD), `ship` (bizLocation a Digital Link of sub-location
 * 7; a purchase order; source and destination parties), `receive` (the client's own eventID; a
 * read point on another Digital Link domain); and one event of organisation B naming the same EPC.
 * Record times run in the other order than event times.
 */
export async function insertEpcisQueryEvents(t: TestApp, a: Actors) {
  const commission = await insertEvent(
    t.db,
    a.orgA.id,
    {
      "@context": [
        "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
        { ex: "https://example.org/ns/", cbvmda: "urn:epcglobal:cbv:mda:" },
      ],
      type: "ObjectEvent",
      action: "ADD",
      eventTime: "2026-03-01T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      epcList: ["urn:epc:id:sgtin:0614141.107346.2017"],
      bizStep: "commissioning",
      disposition: "active",
      readPoint: { id: "urn:epc:id:sgln:0614141.07346.1234" },
      bizLocation: { id: "urn:epc:id:sgln:0614141.07346.0" },
      ilmd: { "cbvmda:lotNumber": "L1", "ex:grade": "A" },
    },
    { recordTime: new Date("2026-03-10T00:00:00.000Z") },
  );
  const ship = await insertEvent(
    t.db,
    a.orgA.id,
    {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-02T08:00:00.000Z",
      eventTimeZoneOffset: "+01:00",
      epcList: ["https://id.gs1.org/01/10614141073464/21/2017"],
      bizStep: "urn:epcglobal:cbv:bizstep:shipping",
      disposition: "in_transit",
      bizLocation: { id: "https://id.gs1.org/414/0614141073467/254/7" },
      bizTransactionList: [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0614141073467:PO-1" }],
      sourceList: [{ type: "owning_party", source: "urn:epc:id:pgln:0614141.00000" }],
      destinationList: [
        { type: "urn:epcglobal:cbv:sdt:owning_party", destination: "https://id.gs1.org/417/9520123456788" },
      ],
    },
    { recordTime: new Date("2026-03-05T00:00:00.000Z") },
  );
  const receive = await insertEvent(
    t.db,
    a.orgA.id,
    {
      eventID: CLIENT_EVENT_ID,
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-03-03T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      epcList: ["urn:epc:id:sgtin:0614141.107346.2018"],
      bizStep: "receiving",
      readPoint: { id: "https://example.com/414/9520123456788" },
    },
    { recordTime: new Date("2026-03-04T00:00:00.000Z") },
  );
  const otherOrg = await insertEvent(t.db, a.orgB.id, {
    type: "ObjectEvent",
    action: "OBSERVE",
    eventTime: "2026-03-02T09:00:00.000Z",
    eventTimeZoneOffset: "+00:00",
    epcList: ["urn:epc:id:sgtin:0614141.107346.2017"],
    bizStep: "shipping",
    bizLocation: { id: "urn:epc:id:sgln:0614141.07346.0" },
  });
  return { commission, ship, receive, otherOrg };
}
