import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import {
  deliverQuerySubscriptionsOnce,
  signQueryDelivery,
} from "../../epcis/deliverQuerySubscriptionsOnce.ts";
import { type Actors, call, createActors } from "../../testing/actors.ts";
import { buildTestApp, type TestApp } from "../../testing/buildTestApp.ts";
import {
  CLIENT_EVENT_ID,
  insertEpcisQueryEvents,
  type ReceivedQueryDocument,
} from "../../testing/epcisQueryFixtures.ts";
import { insertEvent } from "../../testing/events.ts";

type Received = { headers: IncomingHttpHeaders; body: string };
type Delivery = ReceivedQueryDocument;

describe("EPCIS 2.0 query subscriptions by webhook", () => {
  let t: TestApp;
  let a: Actors;
  let ids: Awaited<ReturnType<typeof insertEpcisQueryEvents>>;
  let server: Server;
  let url = "";
  const received: Received[] = [];
  let status = 200;
  const deliver = () =>
    deliverQuerySubscriptionsOnce({
      db: t.db,
      allowLoopback: true,
      lookup: async () => [{ address: "127.0.0.1", family: 4 }],
    });

  before(async () => {
    t = await buildTestApp({ webhookAllowHttpLocalhost: true });
    a = await createActors(t);
    ids = await insertEpcisQueryEvents(t, a);
    server = createServer(async (request, response) => {
      let body = "";
      for await (const chunk of request) body += chunk;
      received.push({ headers: request.headers, body });
      response.writeHead(status);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/epcis`;
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries", {
      name: "moves",
      query: { EQ_bizStep: ["shipping", "receiving"] },
    });
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });

  test("a stream subscription gets the matching events, in record-time order, signed, each once; a failed delivery is sent again", async () => {
    const created = await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries/moves/subscriptions", {
      dest: url,
      signatureToken: "client-secret",
      stream: true,
      initialRecordTime: "2026-01-01T00:00:00Z",
    });
    assert.equal(created.statusCode, 201, created.body);
    const { subscriptionID } = created.json() as { subscriptionID: string };
    assert.equal(created.headers.location, `/queries/moves/subscriptions/${subscriptionID}`);
    assert.ok(!created.body.includes("client-secret"), "the secret is never shown");

    assert.deepEqual(await deliver(), { delivered: 1, failed: 0 });
    const [first] = received.splice(0);
    const document = JSON.parse(first?.body ?? "{}") as Delivery;
    assert.equal(document.type, "EPCISQueryDocument");
    assert.equal(document.epcisBody.queryResults.queryName, "moves");
    assert.equal(document.epcisBody.queryResults.subscriptionID, subscriptionID);
    assert.deepEqual(
      document.epcisBody.queryResults.resultsBody.eventList.map((e) => e.eventID),
      [CLIENT_EVENT_ID, ids.ship.eventHash],
    );
    assert.equal(first?.headers["gs1-signature"], signQueryDelivery("client-secret", first?.body ?? ""));
    assert.deepEqual(await deliver(), { delivered: 0, failed: 0 }, "nothing new, nothing sent");
    assert.equal(received.length, 0);

    const later = await insertEvent(
      t.db,
      a.orgA.id,
      {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2026-03-20T08:00:00.000Z",
        eventTimeZoneOffset: "+00:00",
        epcList: ["urn:epc:id:sgtin:0614141.107346.2019"],
        bizStep: "shipping",
      },
      { recordTime: new Date("2026-03-21T00:00:00.000Z") },
    );
    status = 500;
    assert.deepEqual(await deliver(), { delivered: 0, failed: 1 });
    const stored = await t.db.prisma.epcisSubscription.findUniqueOrThrow({ where: { id: subscriptionID } });
    assert.equal(stored.lastError, "HTTP 500");
    status = 200;
    received.splice(0);
    assert.deepEqual(await deliver(), { delivered: 1, failed: 0 });
    const again = JSON.parse(received.splice(0)[0]?.body ?? "{}") as Delivery;
    assert.deepEqual(
      again.epcisBody.queryResults.resultsBody.eventList.map((e) => e.eventID),
      [later.eventHash],
    );
    const shown = await call(
      t.app,
      a.orgA.apiKeys.viewer,
      "GET",
      `/queries/moves/subscriptions/${subscriptionID}`,
    );
    assert.equal(shown.statusCode, 200, shown.body);
    assert.ok((shown.json() as { lastNotifiedAt?: string }).lastNotifiedAt);
  });

  test("refused subscriptions: no stream, a bad schedule, both, a private target, another organisation's query", async () => {
    const subscribe = (body: Record<string, unknown>, who = a.orgA.apiKeys.operator, name = "moves") =>
      call(t.app, who, "POST", `/queries/${name}/subscriptions`, body);
    const before = await t.db.prisma.epcisSubscription.count();
    const noStream = await subscribe({ dest: url });
    assert.equal(noStream.statusCode, 400);
    assert.equal((noStream.json() as { type: string }).type, "epcisException:SubscriptionControlsException");
    for (const [body, field] of [
      [{ dest: url, schedule: { hour: "24" } }, "body.schedule.hour"],
      [{ dest: url, schedule: { minute: "*/5" } }, "body.schedule.minute"],
      [{ dest: url, schedule: { dayOfMonth: "31", month: "2" } }, "body.schedule"],
      [{ dest: url, schedule: { hour: "1" }, stream: true }, "body.stream"],
      [{ dest: url, stream: true, reportIfEmpty: true }, "body.reportIfEmpty"],
      [{ dest: url, schedule: { hour: "1" }, reportIfEmpty: "yes" }, "body.reportIfEmpty"],
    ] as const) {
      const refused = await subscribe(body);
      assert.equal(refused.statusCode, 400, `${JSON.stringify(body)}: ${refused.body}`);
      const problem = refused.json() as { type: string; errors: { field: string }[] };
      assert.equal(problem.type, "epcisException:SubscriptionControlsException");
      assert.deepEqual(
        problem.errors.map((error) => error.field),
        [field],
      );
    }
    const internal = await subscribe({ dest: "https://169.254.169.254/latest", stream: true });
    assert.equal(internal.statusCode, 400, internal.body);
    assert.match(internal.body, /body\.dest/);
    assert.equal((await subscribe({ dest: url, stream: true }, a.orgB.apiKeys.admin)).statusCode, 404);
    assert.equal((await subscribe({ dest: url, stream: true }, a.orgA.apiKeys.viewer)).statusCode, 403);
    assert.equal(await t.db.prisma.epcisSubscription.count(), before, "nothing stored");
  });

  test("listed without secrets; unsubscribed by DELETE; all removed with their query", async () => {
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries", { name: "short-lived", query: {} });
    const made = await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries/short-lived/subscriptions", {
      dest: url,
      stream: true,
      signatureToken: "s3cret",
    });
    const { subscriptionID } = made.json() as { subscriptionID: string };
    const listed = await call(t.app, a.orgA.apiKeys.viewer, "GET", "/queries/short-lived/subscriptions");
    assert.deepEqual(
      (listed.json() as { subscriptionID: string }[]).map((s) => s.subscriptionID),
      [subscriptionID],
    );
    assert.ok(!listed.body.includes("s3cret"));
    const path = `/queries/short-lived/subscriptions/${subscriptionID}`;
    assert.equal((await call(t.app, a.orgB.apiKeys.admin, "DELETE", path)).statusCode, 404);
    assert.equal((await call(t.app, a.orgA.apiKeys.operator, "DELETE", path)).statusCode, 204);
    assert.equal((await call(t.app, a.orgA.apiKeys.viewer, "GET", path)).statusCode, 404);
    await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries/short-lived/subscriptions", {
      dest: url,
      stream: true,
    });
    assert.equal(
      (await call(t.app, a.orgA.apiKeys.operator, "DELETE", "/queries/short-lived")).statusCode,
      204,
    );
    const query = await t.db.prisma.epcisQuery.findFirst({ where: { name: "short-lived" } });
    assert.equal(query, null);
    assert.equal(await t.db.prisma.epcisSubscription.count({ where: { query: { name: "short-lived" } } }), 0);
  });
  test("a scheduled subscription runs at its times: the new events since the last run, or an empty report with reportIfEmpty", async () => {
    const created = await call(t.app, a.orgA.apiKeys.operator, "POST", "/queries/moves/subscriptions", {
      dest: url,
      schedule: { hour: "1", minute: "5", second: "0" },
      reportIfEmpty: true,
      initialRecordTime: "2026-01-01T00:00:00Z",
    });
    assert.equal(created.statusCode, 201, created.body);
    const shown = created.json() as { subscriptionID: string; schedule: unknown; stream?: boolean };
    assert.deepEqual(shown.schedule, { hour: "1", minute: "5", second: "0" });
    assert.equal(shown.stream, undefined);
    const { subscriptionID } = shown;
    const stored = await t.db.prisma.epcisSubscription.findUniqueOrThrow({ where: { id: subscriptionID } });
    const runAt = stored.nextRunAt ?? new Date(0);
    assert.equal(runAt.toISOString().slice(11), "01:05:00.000Z");
    const deliverAt = (now: Date) =>
      deliverQuerySubscriptionsOnce({
        db: t.db,
        allowLoopback: true,
        lookup: async () => [{ address: "127.0.0.1", family: 4 }],
        now: () => now,
      });
    const mine = () =>
      received
        .splice(0)
        .map((delivery) => JSON.parse(delivery.body) as Delivery)
        .filter((document) => document.epcisBody.queryResults.subscriptionID === subscriptionID);
    received.splice(0);
    await deliverAt(new Date(runAt.getTime() - 1000));
    assert.deepEqual(mine(), [], "not before its time");
    await deliverAt(runAt);
    const [run] = mine();
    assert.ok(run, "a run at its time");
    assert.ok(run.epcisBody.queryResults.resultsBody.eventList.length >= 2);
    await deliverAt(new Date(runAt.getTime() + 60_000));
    assert.deepEqual(mine(), [], "once per time");
    const nextDay = new Date(runAt.getTime() + 24 * 3600 * 1000);
    await deliverAt(nextDay);
    const [empty, ...more] = mine();
    assert.deepEqual(
      empty?.epcisBody.queryResults.resultsBody.eventList,
      [],
      "reportIfEmpty: an empty report",
    );
    assert.deepEqual(more, []);
    const listed = await call(
      t.app,
      a.orgA.apiKeys.viewer,
      "GET",
      `/queries/moves/subscriptions/${subscriptionID}`,
    );
    assert.equal((listed.json() as { reportIfEmpty: boolean }).reportIfEmpty, true);
    await call(t.app, a.orgA.apiKeys.operator, "DELETE", `/queries/moves/subscriptions/${subscriptionID}`);
  });
});
