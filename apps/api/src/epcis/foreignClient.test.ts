import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { before, describe, test } from "node:test";
import epcis2 from "epcis2.js";
import { processPendingCaptures } from "../capture/processPendingCaptures.ts";
import { createLot } from "../testing/captureFixtures.ts";
import { testAppWithActors } from "../testing/suite.ts";

// A webpack bundle in CommonJS: its names are only on the default export.
const { CaptureResponse, capture, EPCISDocument, ObjectEvent, QuantityElement, setup } = epcis2;

/** The events of a `GET /events` answer: Tracemark's `{ items }` or an EPCISQueryDocument. */
function eventsOf(body: {
  items?: { event: Record<string, unknown> }[];
  epcisBody?: { queryResults: { resultsBody: { eventList: Record<string, unknown>[] } } };
}): Record<string, unknown>[] {
  return body.items?.map((item) => item.event) ?? body.epcisBody?.queryResults.resultsBody.eventList ?? [];
}

describe("a foreign EPCIS 2.0 client (epcis2.js, EVRYTHNG's SDK) captures through the standard binding", () => {
  const { t, a } = testAppWithActors();
  let apiUrl: string;
  let lot: { gtin: string; lotCode: string; id: string };
  before(async () => {
    const created = await createLot(t, a.orgA.id);
    lot = { gtin: created.gtin, lotCode: created.lotCode, id: created.lot.id };
    await t.app.listen({ host: "127.0.0.1", port: 0 });
    apiUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/`;
    setup({ apiUrl, headers: { "content-type": "application/json", ...a.orgA.apiKeys.operator.headers } });
  });

  test("its EPCISDocument is accepted, its capture job polled to success, the events stored and queried back", async () => {
    const lotUri = `https://id.gs1.org/01/${lot.gtin}/10/${lot.lotCode}`;
    const events = ["2026-05-01T08:00:00.000+02:00", "2026-05-01T09:30:00.000+02:00"].map((time, i) =>
      new ObjectEvent()
        .setEventTime(time)
        .setAction("OBSERVE")
        .setBizStep("inspecting")
        .setEventID(`urn:uuid:${crypto.randomUUID()}`)
        .addQuantity(new QuantityElement({ epcClass: lotUri, quantity: 10 + i, uom: "KGM" })),
    );
    const document = new EPCISDocument();
    for (const event of events) document.addEvent(event);

    const response = await capture(document);
    assert.equal(response.status, 202, await response.clone().text());
    assert.equal(response.headers.get("gs1-epcis-version"), "2.0.0");
    const job = new CaptureResponse(response);
    assert.equal(await processPendingCaptures(t.context), 1);
    await job.pollForTheCaptureToFinish(1, 0);
    assert.equal(job.getRunningStatus(), false);
    assert.equal(job.getSuccessStatus(), true, JSON.stringify(job.getErrors()));
    assert.deepEqual(job.getErrors(), []);

    const stored = await t.db.prisma.event.findMany({ where: { lotId: lot.id } });
    assert.equal(stored.length, 2);
    const query = await fetch(
      `${apiUrl}events?EQ_bizStep=inspecting&MATCH_epcClass=${encodeURIComponent(lotUri)}`,
      { headers: a.orgA.apiKeys.viewer.headers },
    );
    assert.equal(query.status, 200);
    const found = eventsOf((await query.json()) as Parameters<typeof eventsOf>[0]);
    assert.deepEqual(
      found.map((event) => event.eventID).sort(),
      events.map((event) => event.getEventID()).sort(),
      "queried back by the standard parameters, with the client's eventIDs",
    );
  });
});
