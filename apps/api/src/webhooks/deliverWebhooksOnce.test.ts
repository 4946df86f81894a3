import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { createTestDatabase, type TestDatabase } from "@tracemark/db";
import { verifyWebhookSignature } from "@tracemark/sdk";
import { startWebhookReceiver } from "@tracemark/testkit";
import { readConfig } from "../env.ts";
import { waitFor } from "../testing/localChain.ts";
import { deliverWebhooksOnce } from "./deliverWebhooksOnce.ts";
import { enqueueWebhooks } from "./enqueueWebhooks.ts";
import { startWebhookDeliverer } from "./startWebhookDeliverer.ts";

describe("webhook delivery", () => {
  let db: TestDatabase;
  let organizationId: string;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  before(async () => {
    db = await createTestDatabase();
    organizationId = randomUUID();
    await db.prisma.organization.create({
      data: { id: organizationId, name: "Alpine Dairy", status: "active" },
    });
    receiver = await startWebhookReceiver((path, nth) =>
      (path === "/flaky" && nth <= 2) || path === "/down" ? 500 : 204,
    );
  });
  after(async () => {
    await receiver?.close();
    await db?.drop();
  });

  const hook = (path: string, events: string[], active = true) =>
    db.prisma.webhook.create({
      data: { organizationId, url: `${receiver.url}${path}`, secret: `secret-${path}`, events, active },
    });
  const enqueue = (event: "anchored" | "recalled", payload: Record<string, unknown>) =>
    db.prisma.$transaction((tx) => enqueueWebhooks(tx, { event, items: [{ organizationId, payload }] }));

  test("queued only for the organisation's active webhooks subscribed to the event", async () => {
    const subscribed = await hook("/flaky", ["anchored"]);
    await hook("/other", ["recalled"]);
    await hook("/off", ["anchored"], false);
    assert.equal(await enqueue("anchored", { batchId: "b-1" }), 1);
    const deliveries = await db.prisma.webhookDelivery.findMany();
    assert.deepEqual(
      deliveries.map((d) => [d.webhookId, d.event]),
      [[subscribed.id, "anchored"]],
    );
  });

  test("signed with HMAC-SHA256 and retried with backoff until the receiver accepts it", async () => {
    const now = () => new Date();
    const first = await deliverWebhooksOnce({ db, allowLoopback: true, backoffMs: 1, now });
    assert.deepEqual(first, { delivered: 0, failed: 1 });
    const afterFailure = await db.prisma.webhookDelivery.findFirstOrThrow();
    assert.equal(afterFailure.attempts, 1);
    assert.equal(afterFailure.lastError, "HTTP 500");
    assert.equal(afterFailure.deliveredAt, null);
    await waitFor(async () => {
      await deliverWebhooksOnce({ db, allowLoopback: true, backoffMs: 1 });
      return (await db.prisma.webhookDelivery.findFirstOrThrow()).deliveredAt !== null;
    }, "the delivery to succeed");
    const delivered = await db.prisma.webhookDelivery.findFirstOrThrow();
    assert.equal(delivered.attempts, 3);
    assert.equal(delivered.lastError, null);

    const requests = receiver.received.filter((r) => r.path === "/flaky");
    assert.equal(requests.length, 3);
    for (const request of requests) {
      const header = request.headers["tracemark-signature"] as string;
      assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
      assert.ok(verifyWebhookSignature({ secret: "secret-/flaky", body: request.body, header }));
      assert.ok(!verifyWebhookSignature({ secret: "another secret", body: request.body, header }));
      assert.ok(!verifyWebhookSignature({ secret: "secret-/flaky", body: `${request.body} `, header }));
      const body = JSON.parse(request.body);
      assert.equal(body.id, delivered.id.toString());
      assert.equal(body.type, "anchored");
      assert.deepEqual(body.data, { batchId: "b-1" });
      assert.equal(request.headers["tracemark-delivery"], delivered.id.toString());
    }
  });

  test("gives up after maxAttempts and keeps the last error", async () => {
    await db.prisma.webhookDelivery.deleteMany();
    await db.prisma.webhook.deleteMany();
    await hook("/down", ["recalled"]);
    await enqueue("recalled", { recallId: "r-1" });
    for (let i = 0; i < 6; i++) {
      await deliverWebhooksOnce({ db, allowLoopback: true, backoffMs: 1, maxAttempts: 3 });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const delivery = await db.prisma.webhookDelivery.findFirstOrThrow();
    assert.equal(delivery.attempts, 3);
    assert.equal(delivery.deliveredAt, null);
    assert.equal(delivery.lastError, "HTTP 500");
    assert.equal(receiver.received.filter((r) => r.path === "/down").length, 3);
  });

  test("a paused webhook's queued deliveries wait, and go once it is resumed", async () => {
    await db.prisma.webhookDelivery.deleteMany();
    await db.prisma.webhook.deleteMany();
    const paused = await hook("/paused", ["recalled"]);
    await enqueue("recalled", { recallId: "r-held" });
    await db.prisma.webhook.update({ where: { id: paused.id }, data: { active: false } });
    assert.deepEqual(await deliverWebhooksOnce({ db, allowLoopback: true }), { delivered: 0, failed: 0 });
    assert.equal(receiver.received.filter((r) => r.path === "/paused").length, 0);

    await db.prisma.webhook.update({ where: { id: paused.id }, data: { active: true } });
    assert.deepEqual(await deliverWebhooksOnce({ db, allowLoopback: true }), { delivered: 1, failed: 0 });
    const [request] = receiver.received.filter((r) => r.path === "/paused");
    assert.equal(JSON.parse(request?.body ?? "{}").data.recallId, "r-held");
  });

  test("several deliverers at once send each delivery once (FOR UPDATE SKIP LOCKED and a lease)", async () => {
    await db.prisma.webhookDelivery.deleteMany();
    await db.prisma.webhook.deleteMany();
    await hook("/ok", ["anchored"]);
    for (let i = 0; i < 40; i++) await enqueue("anchored", { n: i });
    const worker = async () => {
      while ((await deliverWebhooksOnce({ db, allowLoopback: true, batchSize: 3 })).delivered > 0);
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    const ids = receiver.received.filter((r) => r.path === "/ok").map((r) => JSON.parse(r.body).id as string);
    assert.equal(ids.length, 40);
    assert.equal(new Set(ids).size, 40);
    assert.equal(await db.prisma.webhookDelivery.count({ where: { deliveredAt: null } }), 0);
  });

  test("a name that resolves to loopback or a private address at delivery time is refused, nothing sent", async () => {
    await db.prisma.webhookDelivery.deleteMany();
    await db.prisma.webhook.deleteMany();
    const port = new URL(receiver.url).port;
    // Stored as if the names resolved to public addresses when the webhooks were created.
    for (const [name, path] of [
      ["rebound.example.test", "/rebound"],
      ["private.example.test", "/private"],
    ])
      await db.prisma.webhook.create({
        data: { organizationId, url: `https://${name}:${port}${path}`, secret: "s", events: ["recalled"] },
      });
    await hook("/literal", ["recalled"]);
    await enqueue("recalled", { recallId: "r-rebound" });
    const answers: Record<string, string> = {
      "rebound.example.test": "127.0.0.1",
      "private.example.test": "10.9.8.7",
    };
    const lookup = async (hostname: string) => [{ address: answers[hostname] ?? "192.0.2.1", family: 4 }];

    assert.deepEqual(await deliverWebhooksOnce({ db, lookup, backoffMs: 1 }), { delivered: 0, failed: 3 });
    const errors = (await db.prisma.webhookDelivery.findMany({ include: { webhook: true } })).map((d) => [
      new URL(d.webhook.url).pathname,
      d.lastError,
    ]);
    assert.deepEqual(
      new Map(errors as [string, string][]),
      new Map([
        [
          "/rebound",
          "WebhookTargetError: host rebound.example.test resolves to 127.0.0.1, which is a loopback address, not a public one",
        ],
        [
          "/private",
          "WebhookTargetError: host private.example.test resolves to 10.9.8.7, which is a private address, not a public one",
        ],
        ["/literal", "WebhookTargetError: host 127.0.0.1 is a loopback address, not a public one"],
      ]),
    );
    assert.equal(
      receiver.received.filter((r) => ["/rebound", "/private", "/literal"].includes(r.path)).length,
      0,
    );
  });

  test("the connection goes to the address the check approved: the name is resolved once, by the checked lookup", async () => {
    await db.prisma.webhookDelivery.deleteMany();
    await db.prisma.webhook.deleteMany();
    const port = new URL(receiver.url).port;
    await db.prisma.webhook.create({
      data: {
        organizationId,
        url: `http://hooks.example.test:${port}/pinned`,
        secret: "s",
        events: ["recalled"],
      },
    });
    await enqueue("recalled", { recallId: "r-pinned" });
    const asked: string[] = [];
    const lookup = async (hostname: string) => {
      asked.push(hostname);
      return [{ address: "127.0.0.1", family: 4 }];
    };
    assert.deepEqual(await deliverWebhooksOnce({ db, lookup, allowLoopback: true }), {
      delivered: 1,
      failed: 0,
    });
    assert.deepEqual(asked, ["hooks.example.test"]);
    const [request] = receiver.received.filter((r) => r.path === "/pinned");
    assert.equal(request?.headers.host, `hooks.example.test:${port}`);
  });

  test("startWebhookDeliverer delivers what is queued while it runs, and stops", async () => {
    await db.prisma.webhookDelivery.deleteMany();
    await db.prisma.webhook.deleteMany();
    await hook("/ok", ["recalled"]);
    const context = {
      config: readConfig({ LOG_LEVEL: "silent", WEBHOOK_ALLOW_HTTP_LOCALHOST: "true" }),
      db,
      chain: undefined as never,
    };
    const deliverer = startWebhookDeliverer(context, { pollMs: 20 });
    try {
      await enqueue("recalled", { recallId: "r-2" });
      await waitFor(
        async () => (await db.prisma.webhookDelivery.count({ where: { deliveredAt: { not: null } } })) === 1,
        "the running deliverer to send it",
      );
    } finally {
      await deliverer.stop();
    }
    assert.ok(receiver.received.some((r) => r.path === "/ok" && JSON.parse(r.body).data.recallId === "r-2"));
  });
});
