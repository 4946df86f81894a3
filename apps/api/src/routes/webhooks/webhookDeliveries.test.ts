import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { verifyWebhookSignature } from "@tracemark/sdk";
import { startWebhookReceiver } from "@tracemark/testkit";
import { type Actors, call, createActors } from "../../testing/actors.ts";
import { buildTestApp, type TestApp } from "../../testing/buildTestApp.ts";
import { waitFor } from "../../testing/localChain.ts";
import { deliverWebhooksOnce, WEBHOOK_MAX_ATTEMPTS } from "../../webhooks/deliverWebhooksOnce.ts";

/** Loopback names for the receiver, and one that a DNS change has pointed inside the network. */
const lookupHost = async (hostname: string) => {
  const address = { localhost: "127.0.0.1", "rebound.example.test": "10.1.2.3" }[hostname];
  if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return [{ address, family: 4 }];
};

describe("webhook test deliveries and the delivery log", () => {
  let t: TestApp;
  let a: Actors;
  /** What the receiver answers at `/hook`; `/down` answers 500 until `downFixed`. */
  let downFixed = false;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const deliver = () =>
    deliverWebhooksOnce({ db: t.db, allowLoopback: true, backoffMs: 1, lookup: lookupHost });
  const hooks = () => `/orgs/${a.orgA.id}/webhooks`;
  const addHook = async (path: string) => {
    const response = await call(t.app, a.orgA.users.admin, "POST", hooks(), {
      url: `${receiver.url}${path}`,
      events: ["recalled"],
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; secret: string };
  };
  const log = async (webhookId: string, query = "") => {
    const response = await call(
      t.app,
      a.orgA.users.admin,
      "GET",
      `${hooks()}/${webhookId}/deliveries${query}`,
    );
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as { items: Record<string, unknown>[]; nextCursor: string | null };
  };

  before(async () => {
    t = await buildTestApp({ webhookAllowHttpLocalhost: true }, { lookupHost });
    a = await createActors(t);
    receiver = await startWebhookReceiver((path) => (path === "/down" && !downFixed ? 500 : 204));
  });
  after(async () => {
    await receiver?.close();
    await t?.close();
  });

  test("Send test queues a signed `test` delivery that the deliverer sends; the log shows it delivered", async () => {
    const hook = await addHook("/hook");
    const sent = await call(t.app, a.orgA.users.admin, "POST", `${hooks()}/${hook.id}/test`);
    assert.equal(sent.statusCode, 202, sent.body);
    assert.equal(sent.json().type, "test");
    assert.equal(sent.json().status, "waiting");
    assert.deepEqual(
      (await log(hook.id)).items.map((d) => [d.id, d.status]),
      [[sent.json().id, "waiting"]],
    );

    assert.deepEqual(await deliver(), { delivered: 1, failed: 0 });
    const [delivery] = (await log(hook.id)).items;
    assert.partialDeepStrictEqual(delivery, {
      id: sent.json().id,
      type: "test",
      status: "delivered",
      attempts: 1,
      lastStatus: 204,
      lastError: null,
      nextAttemptAt: null,
    });
    const [request] = receiver.received.filter((r) => r.path === "/hook");
    assert.ok(request, "the receiver got the test delivery");
    assert.equal(request.headers["tracemark-event"], "test");
    assert.ok(
      verifyWebhookSignature({
        secret: hook.secret,
        body: request.body,
        header: String(request.headers["tracemark-signature"]),
      }),
    );
    assert.equal(JSON.parse(request.body).id, sent.json().id);
  });

  test("a receiver answering 500 shows failing with its attempts, then given up; Redeliver once it is fixed", async () => {
    const hook = await addHook("/down");
    const sent = (await call(t.app, a.orgA.users.admin, "POST", `${hooks()}/${hook.id}/test`)).json();
    assert.deepEqual(await deliver(), { delivered: 0, failed: 1 });
    const [failing] = (await log(hook.id)).items;
    assert.partialDeepStrictEqual(failing, {
      status: "failing",
      attempts: 1,
      lastStatus: 500,
      lastError: "HTTP 500",
    });
    assert.ok(failing?.nextAttemptAt, "a failing delivery says when it is tried next");

    const early = await call(
      t.app,
      a.orgA.users.admin,
      "POST",
      `${hooks()}/${hook.id}/deliveries/${sent.id}/redeliver`,
    );
    assert.equal(early.statusCode, 409, "a delivery still being retried is not redelivered");
    assert.match(early.body, /failing/);

    await waitFor(async () => {
      await deliver();
      return (await log(hook.id)).items[0]?.status === "given_up";
    }, "the delivery to be given up");
    const [givenUp] = (await log(hook.id)).items;
    assert.partialDeepStrictEqual(givenUp, {
      attempts: WEBHOOK_MAX_ATTEMPTS,
      lastStatus: 500,
      nextAttemptAt: null,
    });

    downFixed = true;
    const again = await call(
      t.app,
      a.orgA.users.admin,
      "POST",
      `${hooks()}/${hook.id}/deliveries/${sent.id}/redeliver`,
    );
    assert.equal(again.statusCode, 202, again.body);
    assert.notEqual(again.json().id, sent.id);
    assert.equal(again.json().type, "test");
    await deliver();
    const items = (await log(hook.id)).items;
    assert.deepEqual(
      items.map((d) => [d.id, d.status]),
      [
        [again.json().id, "delivered"],
        [sent.id, "given_up"],
      ],
    );
    const bodies = receiver.received.filter((r) => r.path === "/down").map((r) => JSON.parse(r.body));
    assert.deepEqual(bodies.at(-1).data, bodies[0].data, "the same data, sent again");
  });

  test("never to a target the SSRF check refuses now: 422 and nothing queued; a paused webhook is a 409", async () => {
    const hook = await addHook("/hook");
    await t.db.prisma.webhook.update({
      where: { id: hook.id },
      data: { url: "https://rebound.example.test/h" },
    });
    const before = await t.db.prisma.webhookDelivery.count();
    const refused = await call(t.app, a.orgA.users.admin, "POST", `${hooks()}/${hook.id}/test`);
    assert.equal(refused.statusCode, 422, refused.body);
    assert.match(refused.headers["content-type"] ?? "", /application\/problem\+json/);
    assert.match(refused.json().detail, /webhook\.url/);

    const paused = await addHook("/hook");
    await call(t.app, a.orgA.users.admin, "PATCH", `${hooks()}/${paused.id}`, { active: false });
    const conflict = await call(t.app, a.orgA.users.admin, "POST", `${hooks()}/${paused.id}/test`);
    assert.equal(conflict.statusCode, 409, conflict.body);
    assert.match(conflict.json().detail, /paused/);
    assert.equal(await t.db.prisma.webhookDelivery.count(), before);
  });

  test("the log is paged, newest first, each delivery once", async () => {
    const hook = await addHook("/hook");
    for (let i = 0; i < 7; i++) await call(t.app, a.orgA.users.admin, "POST", `${hooks()}/${hook.id}/test`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof log>> = await log(
        hook.id,
        `?limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      assert.ok(page.items.length <= 3);
      seen.push(...page.items.map((d) => String(d.id)));
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 7);
    assert.deepEqual(
      seen,
      [...seen].sort((x, y) => Number(y) - Number(x)),
    );
    const bad = await call(t.app, a.orgA.users.admin, "GET", `${hooks()}/${hook.id}/deliveries?cursor=abc`);
    assert.equal(bad.statusCode, 400);
  });

  test("another organisation's webhook or delivery, or another webhook's delivery, is a 404 and sends nothing", async () => {
    const mine = await addHook("/hook");
    const other = await addHook("/hook");
    const theirs = (
      await call(t.app, a.orgB.users.admin, "POST", `/orgs/${a.orgB.id}/webhooks`, {
        url: "http://localhost:1/h",
        events: ["recalled"],
      })
    ).json();
    const theirDelivery = (
      await call(t.app, a.orgB.users.admin, "POST", `/orgs/${a.orgB.id}/webhooks/${theirs.id}/test`)
    ).json();
    const otherDelivery = (
      await call(t.app, a.orgA.users.admin, "POST", `${hooks()}/${other.id}/test`)
    ).json();
    await t.db.prisma.webhookDelivery.updateMany({ data: { deliveredAt: new Date(), attempts: 1 } });
    const before = await t.db.prisma.webhookDelivery.count();
    for (const [method, url] of [
      ["POST", `${hooks()}/${theirs.id}/test`],
      ["GET", `${hooks()}/${theirs.id}/deliveries`],
      ["POST", `${hooks()}/${theirs.id}/deliveries/${theirDelivery.id}/redeliver`],
      ["POST", `${hooks()}/${mine.id}/deliveries/${theirDelivery.id}/redeliver`],
      ["POST", `${hooks()}/${mine.id}/deliveries/${otherDelivery.id}/redeliver`],
    ] as const) {
      const response = await call(t.app, a.orgA.users.admin, method, url);
      assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
    }
    assert.equal(
      (await call(t.app, a.orgA.users.operator, "GET", `${hooks()}/${mine.id}/deliveries`)).statusCode,
      403,
    );
    assert.equal(await t.db.prisma.webhookDelivery.count(), before);
  });
});
