import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { uploadDocument } from "../../services/documents/uploadDocument.ts";
import { type Actors, type Credentials, call, createActors } from "../../testing/actors.ts";
import { createLot } from "../../testing/captureFixtures.ts";
import { recordObservation } from "../../testing/recordFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

/**
 * Custody gives visibility: A owns a lot and ships it to B and to C; B sees the lot as received,
 * with A's events and documents of it and its own, never C's; a stranger still gets 404s; B may
 * record its own events on the lot but not act as its owner.
 */
describe("a lot shipped to an organisation", () => {
  const { t, a } = testAppWithActors();
  let others: Actors;
  let owner: Actors["orgA"];
  let receiver: Actors["orgB"];
  let otherReceiver: Actors["orgA"];
  let stranger: Actors["orgB"];
  let lotId: string;
  let unshippedLotId: string;
  const docs = { owner: "", receiver: "", other: "" };

  const upload = async (organizationId: string) =>
    (
      await uploadDocument(t.db, {
        organizationId,
        content: Buffer.from(crypto.randomUUID()),
        contentType: "text/plain",
      })
    ).document.sha256;
  const record = (org: Actors["orgA"], body: Record<string, unknown>) =>
    recordObservation(t, org, lotId, body);
  const get = (who: Credentials, url: string) => call(t.app, who, "GET", url);

  before(async () => {
    others = await createActors(t);
    [owner, receiver, otherReceiver, stranger] = [a.orgA, a.orgB, others.orgA, others.orgB];
    const { lot } = await createLot(t, owner.id);
    lotId = lot.id;
    unshippedLotId = (await createLot(t, owner.id)).lot.id;
    docs.owner = await upload(owner.id);
    docs.receiver = await upload(receiver.id);
    docs.other = await upload(otherReceiver.id);
    await record(owner, { bizStep: "commissioning", documents: [docs.owner] });
    for (const to of [receiver, otherReceiver]) {
      await record(owner, {
        bizStep: "shipping",
        destinations: [{ type: "owning_party", organizationId: to.id }],
      });
    }
    await record(receiver, { bizStep: "receiving", documents: [docs.receiver] });
    await record(otherReceiver, { bizStep: "storing", documents: [docs.other] });
    await record(otherReceiver, { bizStep: "inspecting", visibility: "private" });
  });

  const eventIdsOf = async (organizationIds: string[]) =>
    (
      await t.db.prisma.event.findMany({
        where: { organizationId: { in: organizationIds }, identifiers: { some: { lotId } } },
        select: { id: true },
      })
    )
      .map((e) => e.id)
      .sort();

  test("its Lots list shows the lot, received from the owner, and not the owner's other lots", async () => {
    const response = await get(receiver.users.viewer, `/orgs/${receiver.id}/lots`);
    assert.equal(response.statusCode, 200, response.body);
    const items = response.json().items as { id: string; receivedFrom: Record<string, unknown> | null }[];
    assert.deepEqual(
      items.map((l) => l.id),
      [lotId],
    );
    assert.equal(items[0]?.receivedFrom?.name, "Org A");
    assert.equal(items[0]?.receivedFrom?.organizationId, owner.id);
    assert.equal(items[0]?.receivedFrom?.status, "completed", "its receiving event completed the hand-over");
    const own = (await get(owner.users.viewer, `/orgs/${owner.id}/lots`)).json().items as {
      receivedFrom: unknown;
    }[];
    assert.equal(own.length, 2);
    assert.ok(
      own.every((l) => l.receivedFrom === null),
      "the owner's lots are not received",
    );
  });

  test("it opens the lot; the owner's other lot stays a 404", async () => {
    const opened = await get(receiver.users.viewer, `/orgs/${receiver.id}/lots/${lotId}`);
    assert.equal(opened.statusCode, 200, opened.body);
    assert.equal(opened.json().receivedFrom.name, "Org A");
    const other = await get(receiver.users.viewer, `/orgs/${receiver.id}/lots/${unshippedLotId}`);
    assert.equal(other.statusCode, 404, other.body);
  });

  // Every organisation of the lot's custody chain is a partner of the others: each sees the others'
  // public and partner-visible events of the lot (the public ones are on the public page anyway),
  // never their private ones.
  const publicEventIdsOf = async (organizationIds: string[]) =>
    (
      await t.db.prisma.event.findMany({
        where: {
          organizationId: { in: organizationIds },
          identifiers: { some: { lotId } },
          visibility: { not: "private" },
        },
        select: { id: true },
      })
    )
      .map((e) => e.id)
      .sort();

  test("it sees the owner's events of the lot, its own, and another receiver's but its private ones", async () => {
    const response = await get(receiver.users.viewer, `/orgs/${receiver.id}/lots/${lotId}/events`);
    assert.equal(response.statusCode, 200, response.body);
    const items = response.json().items as { id: string; organization: { id: string; name: string } }[];
    assert.deepEqual(
      items.map((e) => e.id).sort(),
      await publicEventIdsOf([owner.id, receiver.id, otherReceiver.id]),
    );
    assert.equal((await eventIdsOf([otherReceiver.id])).length, 2, "the other receiver has a private event");
    assert.equal(items.filter((e) => e.organization.id === receiver.id).length, 1);
    assert.ok(items.some((e) => e.organization.name === "Org A"));
    const ownerView = (await get(owner.users.viewer, `/orgs/${owner.id}/lots/${lotId}/events`)).json();
    assert.deepEqual(
      (ownerView.items as { id: string }[]).map((e) => e.id).sort(),
      await publicEventIdsOf([owner.id, receiver.id, otherReceiver.id]),
    );
  });

  test("it sees the owner's documents of the lot and its own, and downloads them; not another receiver's", async () => {
    const response = await get(receiver.users.viewer, `/orgs/${receiver.id}/lots/${lotId}/documents`);
    assert.equal(response.statusCode, 200, response.body);
    const shown = (response.json().items as { sha256: string }[]).map((d) => d.sha256).sort();
    assert.deepEqual(shown, [docs.owner, docs.receiver].sort());
    for (const sha256 of [docs.owner, docs.receiver]) {
      const download = await get(receiver.users.viewer, `/orgs/${receiver.id}/documents/${sha256}`);
      assert.equal(download.statusCode, 200, download.body);
    }
    const theirs = await get(receiver.users.viewer, `/orgs/${receiver.id}/documents/${docs.other}`);
    assert.equal(theirs.statusCode, 404, theirs.body);
  });

  test("a stranger still gets 404s for the lot, its record and its documents", async () => {
    for (const url of [
      `/orgs/${stranger.id}/lots/${lotId}`,
      `/orgs/${stranger.id}/lots/${lotId}/events`,
      `/orgs/${stranger.id}/lots/${lotId}/documents`,
      `/orgs/${stranger.id}/documents/${docs.owner}`,
    ]) {
      const response = await get(stranger.users.owner, url);
      assert.equal(response.statusCode, 404, `${url}: ${response.body}`);
    }
    const list = (await get(stranger.users.owner, `/orgs/${stranger.id}/lots`)).json();
    assert.deepEqual(list.items, []);
  });

  test("the owner's acts on the lot are refused to the receiver with 403, and change nothing", async () => {
    const before = await t.db.prisma.lot.findUniqueOrThrow({ where: { id: lotId } });
    const auditor = await t.db.prisma.auditor.findFirst({ select: { id: true } });
    const attempts: [string, string, unknown][] = [
      ["PATCH", `/orgs/${receiver.id}/lots/${lotId}`, { unit: "KGM" }],
      ["POST", `/orgs/${receiver.id}/lots/${lotId}/serials`, { serials: ["X1"] }],
      ["POST", `/orgs/${receiver.id}/recalls`, { lotId, reason: "Not ours to recall" }],
      [
        "POST",
        `/orgs/${receiver.id}/audit-requests`,
        { lotId, auditorId: auditor?.id ?? crypto.randomUUID() },
      ],
    ];
    for (const [method, url, body] of attempts) {
      const response = await call(t.app, receiver.users.owner, method as "POST", url, body);
      assert.equal(response.statusCode, 403, `${method} ${url}: ${response.body}`);
      assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/);
    }
    assert.deepEqual(await t.db.prisma.lot.findUniqueOrThrow({ where: { id: lotId } }), before);
    assert.equal(await t.db.prisma.serialItem.count({ where: { lotId } }), 0);
    assert.equal(await t.db.prisma.recall.count({ where: { lotId } }), 0);
  });

  test("it sees the owner's recall of the lot", async () => {
    const declared = await call(t.app, owner.users.admin, "POST", `/orgs/${owner.id}/recalls`, {
      lotId,
      reason: "Listeria in a retained sample",
    });
    assert.equal(declared.statusCode, 201, declared.body);
    const opened = (await get(receiver.users.viewer, `/orgs/${receiver.id}/lots/${lotId}`)).json();
    assert.equal(opened.recallState, "recalled");
  });
});
