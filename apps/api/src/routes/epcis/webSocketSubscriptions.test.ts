import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { type Actors, type Credentials, call, createActors } from "../../testing/actors.ts";
import { buildTestApp, type TestApp } from "../../testing/buildTestApp.ts";
import {
  CLIENT_EVENT_ID,
  insertEpcisQueryEvents,
  type ReceivedQueryDocument,
} from "../../testing/epcisQueryFixtures.ts";
import { insertEvent } from "../../testing/events.ts";
import { bindingBodyErrors } from "../../testing/gs1Binding.ts";

type QueryDocument = ReceivedQueryDocument;
type WebSocket = Awaited<ReturnType<FastifyInstance["injectWS"]>>;

/** A subscriber: the documents it received, in order, and a way to wait for the next one or for the close. */
function subscriber(socket: WebSocket) {
  const documents: QueryDocument[] = [];
  const waiting: ((document: QueryDocument) => void)[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
  );
  socket.on("message", (data: Buffer) => {
    const document = JSON.parse(data.toString()) as QueryDocument;
    const next = waiting.shift();
    if (next) next(document);
    else documents.push(document);
  });
  return {
    next: () =>
      new Promise<QueryDocument>((resolve) => {
        const queued = documents.shift();
        if (queued) resolve(queued);
        else waiting.push(resolve);
      }),
    closed,
  };
}

const ids = (document: QueryDocument) =>
  document.epcisBody.queryResults.resultsBody.eventList.map((e) => e.eventID);

describe("EPCIS 2.0 query subscriptions by WebSocket", () => {
  let t: TestApp;
  let a: Actors;
  let fixtures: Awaited<ReturnType<typeof insertEpcisQueryEvents>>;
  const sockets: WebSocket[] = [];
  const open = async (path: string, who: Credentials) => {
    const socket = await t.app.injectWS(path, { headers: who.headers });
    sockets.push(socket);
    return socket;
  };
  const refusedWith = async (path: string, who: Credentials) => {
    try {
      const socket = await open(path, who);
      socket.terminate();
      return 101;
    } catch (error) {
      return Number(/(\d{3})$/.exec(String(error))?.[1]);
    }
  };
  let n = 0;
  const shipping = (organizationId: string, bizStep = "shipping") =>
    insertEvent(t.db, organizationId, {
      type: "ObjectEvent",
      action: "OBSERVE",
      eventTime: "2026-05-01T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      epcList: [`urn:epc:id:sgtin:0614141.107346.${5000 + n++}`],
      bizStep,
    });

  before(async () => {
    t = await buildTestApp();
    a = await createActors(t);
    fixtures = await insertEpcisQueryEvents(t, a);
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries", {
      name: "moves",
      query: { EQ_bizStep: ["shipping", "receiving"] },
    });
  });
  after(async () => {
    for (const socket of sockets) socket.terminate();
    await t.close();
  });

  test("a stream subscription to a named query gets its matching events, then each new one of its organisation only, as EPCISQueryDocuments", async () => {
    const socket = await open(
      "/queries/moves/events?stream=true&initialRecordTime=2026-01-01T00:00:00Z",
      a.orgA.apiKeys.viewer,
    );
    const received = subscriber(socket);
    const first = await received.next();
    assert.equal(first.type, "EPCISQueryDocument");
    assert.equal(first.epcisBody.queryResults.queryName, "moves");
    assert.deepEqual(ids(first), [CLIENT_EVENT_ID, fixtures.ship.eventHash]);
    assert.deepEqual(
      bindingBodyErrors("/queries/{queryName}/events", "get", 200, "application/json", first),
      [],
    );

    await shipping(a.orgB.id);
    await shipping(a.orgA.id, "inspecting");
    const mine = await shipping(a.orgA.id);
    const second = await received.next();
    assert.deepEqual(ids(second), [mine.eventHash], "only the new matching event of its own organisation");
    assert.equal(second.epcisBody.queryResults.subscriptionID, first.epcisBody.queryResults.subscriptionID);
    socket.terminate();
  });

  test("GET /events with stream=true subscribes to the query its other parameters make", async () => {
    const socket = await open(
      "/events?stream=true&EQ_bizStep=shipping&initialRecordTime=2026-01-01T00:00:00Z&LT_eventTime=2026-04-01T00:00:00Z",
      a.orgA.apiKeys.viewer,
    );
    const first = await subscriber(socket).next();
    assert.equal(first.epcisBody.queryResults.queryName, "SimpleEventQuery");
    assert.deepEqual(ids(first), [fixtures.ship.eventHash]);
    socket.terminate();
  });

  test("a scheduled subscription reports at its times, an empty document with reportIfEmpty", async () => {
    const socket = await open(
      "/queries/moves/events?second=[0-59]&reportIfEmpty=true",
      a.orgA.apiKeys.viewer,
    );
    const first = await subscriber(socket).next();
    assert.deepEqual(ids(first), [], "nothing recorded since it subscribed");
    socket.terminate();
  });

  test("refused before the upgrade: no key, a person's session, another organisation's query, bad subscription parameters", async () => {
    const path = "/queries/moves/events?stream=true";
    assert.equal(await refusedWith(path, a.anonymous), 401);
    assert.equal(await refusedWith(path, a.orgA.users.owner), 403);
    assert.equal(await refusedWith(path, a.orgB.apiKeys.admin), 404);
    assert.equal(await refusedWith("/queries/moves/events", a.orgA.apiKeys.viewer), 400);
    assert.equal(await refusedWith("/queries/moves/events?stream=true&hour=1", a.orgA.apiKeys.viewer), 400);
    assert.equal(await refusedWith("/queries/moves/events?hour=24", a.orgA.apiKeys.viewer), 400);
    assert.equal(
      await refusedWith("/queries/moves/events?stream=true&EQ_bizStep=x", a.orgA.apiKeys.viewer),
      400,
    );
    assert.equal(await refusedWith("/events?stream=true&EQ_colour=red", a.orgA.apiKeys.viewer), 400);
    assert.equal(await refusedWith("/events?stream=true&reportIfEmpty=true", a.orgA.apiKeys.viewer), 400);
  });

  test("the subscription ends when its query is deleted or its API key revoked", async () => {
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries", { name: "brief", query: {} });
    const onQuery = subscriber(await open("/queries/brief/events?stream=true", a.orgA.apiKeys.viewer));
    assert.equal((await call(t.app, a.orgA.apiKeys.operator, "DELETE", "/queries/brief")).statusCode, 204);
    assert.equal((await onQuery.closed).code, 1008);

    const made = await call(t.app, a.orgA.users.admin, "POST", `/orgs/${a.orgA.id}/api-keys`, {
      name: "short-lived",
      role: "viewer",
    });
    assert.equal(made.statusCode, 201, made.body);
    const { id, key } = made.json() as { id: string; key: string };
    const onKey = subscriber(
      await open("/events?stream=true", { label: "key", headers: { authorization: `Bearer ${key}` } }),
    );
    await t.db.prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    assert.equal((await onKey.closed).code, 1008);
  });
});
