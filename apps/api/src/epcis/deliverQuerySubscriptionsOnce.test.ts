import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { type Database, openDatabase } from "@tracemark/db";
import { type Actors, call, createActors } from "../testing/actors.ts";
import { buildTestApp, type TestApp } from "../testing/buildTestApp.ts";
import { insertEpcisQueryEvents } from "../testing/epcisQueryFixtures.ts";
import { insertEvent } from "../testing/events.ts";
import { deliverQuerySubscriptionsOnce } from "./deliverQuerySubscriptionsOnce.ts";

type Document = {
  epcisBody: { queryResults: { subscriptionID: string; resultsBody: { eventList: { eventID: string }[] } } };
};

describe("query subscription delivery with several deliverers", () => {
  let t: TestApp;
  let a: Actors;
  let other: Database;
  let server: Server;
  let url = "";
  /** Each delivery's subscription and events, in arrival order. */
  const received: { subscriptionID: string; eventIDs: string[] }[] = [];
  /** When set, the next request is answered only once it resolves. */
  let hold: Promise<void> | undefined;
  let arrived: () => void = () => {};
  const deliverWith = (db: Database, now?: Date) =>
    deliverQuerySubscriptionsOnce({
      db,
      allowLoopback: true,
      lookup: async () => [{ address: "127.0.0.1", family: 4 }],
      ...(now ? { now: () => now } : {}),
    });

  before(async () => {
    t = await buildTestApp({ webhookAllowHttpLocalhost: true });
    a = await createActors(t);
    await insertEpcisQueryEvents(t, a);
    // A second process: its own connection pool to the same Postgres database.
    other = await openDatabase({ url: t.db.url });
    server = createServer(async (request, response) => {
      let body = "";
      for await (const chunk of request) body += chunk;
      const document = JSON.parse(body) as Document;
      received.push({
        subscriptionID: document.epcisBody.queryResults.subscriptionID,
        eventIDs: document.epcisBody.queryResults.resultsBody.eventList.map((event) => event.eventID),
      });
      arrived();
      const held = hold;
      hold = undefined;
      if (held) await held;
      response.writeHead(200);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/epcis`;
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries", { name: "all", query: {} });
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await other.close();
    await t.close();
  });

  test("two deliverers on one Postgres send each event of a subscription once, even while a delivery is in flight", async () => {
    const created = await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries/all/subscriptions", {
      dest: url,
      stream: true,
      initialRecordTime: "2026-01-01T00:00:00Z",
    });
    assert.equal(created.statusCode, 201, created.body);
    const { subscriptionID } = created.json() as { subscriptionID: string };

    // Deliverer A's POST is held at the receiver; deliverer B runs a whole round meanwhile.
    let release: () => void = () => {};
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const first = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const inFlight = deliverWith(t.db);
    await first;
    arrived = () => {};
    const meanwhile = await deliverWith(other);
    release();
    const done = await inFlight;
    assert.deepEqual({ a: done.delivered, b: meanwhile.delivered }, { a: 1, b: 0 });
    // And again after: nothing new, nothing sent by either.
    assert.deepEqual(await deliverWith(other), { delivered: 0, failed: 0 });
    assert.deepEqual(await deliverWith(t.db), { delivered: 0, failed: 0 });
    const sent = received
      .filter((delivery) => delivery.subscriptionID === subscriptionID)
      .flatMap((d) => d.eventIDs);
    assert.equal(sent.length, 3, JSON.stringify(received));
    assert.equal(
      new Set(sent).size,
      sent.length,
      `an event was delivered twice: ${JSON.stringify(received)}`,
    );
  });

  test("many rounds by both deliverers at once: every event exactly once", async () => {
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries", {
      name: "organic",
      query: { EQ_bizStep: ["inspecting"] },
    });
    const created = await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries/organic/subscriptions", {
      dest: url,
      stream: true,
      initialRecordTime: "2026-01-01T00:00:00Z",
    });
    const { subscriptionID } = created.json() as { subscriptionID: string };
    const inserted: string[] = [];
    for (let i = 0; i < 6; i++) {
      const event = await insertEvent(
        t.db,
        a.orgA.id,
        {
          type: "ObjectEvent",
          action: "OBSERVE",
          eventTime: `2026-04-0${i + 1}T08:00:00.000Z`,
          eventTimeZoneOffset: "+00:00",
          epcList: [`urn:epc:id:sgtin:0614141.107346.${3000 + i}`],
          bizStep: "inspecting",
        },
        { recordTime: new Date(`2026-04-0${i + 1}T09:00:00.000Z`) },
      );
      inserted.push(event.eventHash);
      await Promise.all([deliverWith(t.db), deliverWith(other), deliverWith(other), deliverWith(t.db)]);
    }
    const sent = received
      .filter((delivery) => delivery.subscriptionID === subscriptionID)
      .flatMap((d) => d.eventIDs);
    assert.deepEqual(sent, inserted);
  });
});
