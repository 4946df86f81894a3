import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { keccak256, stringToHex } from "viem";
import { call } from "../../testing/actors.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("recalls", () => {
  const { t, a } = testAppWithActors();
  let url: string;
  let productId: string;
  before(async () => {
    url = `/orgs/${a.orgA.id}/recalls`;
    productId = (
      await t.db.prisma.product.create({
        data: { organizationId: a.orgA.id, gtin: "09506000134352", name: "Oil" },
      })
    ).id;
  });

  let lotNumber = 0;
  const newLot = async (organizationId = a.orgA.id) => {
    lotNumber += 1;
    const product =
      organizationId === a.orgA.id
        ? productId
        : (
            await t.db.prisma.product.upsert({
              where: { gtin: "04006381333931" },
              create: { organizationId, gtin: "04006381333931", name: "B's" },
              update: {},
            })
          ).id;
    return t.db.prisma.lot.create({
      data: { organizationId, productId: product, lotCode: `R-${lotNumber}` },
    });
  };
  const outbox = (refId: string) =>
    t.db.prisma.outboxItem.findMany({ where: { refId }, orderBy: { id: "asc" } });

  test("an admin declares a recall: lot recalled at once, reason hashed, outbox row written", async () => {
    const lot = await newLot();
    const reason = "Listeria monocytogenes found in a retained sample";
    const response = await call(t.app, a.orgA.users.admin, "POST", url, { lotId: lot.id, reason });
    assert.equal(response.statusCode, 201, response.body);
    const recall = response.json();
    assert.equal(recall.status, "active");
    assert.equal(recall.reasonHash, keccak256(stringToHex(reason)));
    assert.equal(recall.chainStatus, "pending");
    assert.equal(recall.declaredById, a.orgA.users.admin.userId);
    assert.equal(
      (await t.db.prisma.lot.findUniqueOrThrow({ where: { id: lot.id } })).recallState,
      "recalled",
    );
    assert.deepEqual(
      (await outbox(recall.id)).map((o) => [o.kind, o.organizationId]),
      [["recall", a.orgA.id]],
    );
    const lotView = (
      await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/lots/${lot.id}`)
    ).json();
    assert.equal(lotView.recallState, "recalled");
  });

  test("declaring a recall of a recalled lot is a 409 and writes nothing", async () => {
    const lot = await newLot();
    assert.equal(
      (await call(t.app, a.orgA.users.owner, "POST", url, { lotId: lot.id, reason: "one" })).statusCode,
      201,
    );
    const [recalls, items] = [await t.db.prisma.recall.count(), await t.db.prisma.outboxItem.count()];
    const again = await call(t.app, a.orgA.users.owner, "POST", url, { lotId: lot.id, reason: "two" });
    assert.equal(again.statusCode, 409);
    assert.equal(await t.db.prisma.recall.count(), recalls);
    assert.equal(await t.db.prisma.outboxItem.count(), items);
  });

  test("lifting: status lifted, lot back to none, outbox lift_recall; lifting twice is a 409", async () => {
    const lot = await newLot();
    const recall = (
      await call(t.app, a.orgA.users.admin, "POST", url, { lotId: lot.id, reason: "suspected" })
    ).json();
    const lifted = await call(t.app, a.orgA.users.admin, "POST", `${url}/${recall.id}/lift`, {
      reason: "Laboratory re-test negative",
    });
    assert.equal(lifted.statusCode, 200, lifted.body);
    assert.equal(lifted.json().status, "lifted");
    assert.equal(lifted.json().liftReason, "Laboratory re-test negative");
    assert.equal((await t.db.prisma.lot.findUniqueOrThrow({ where: { id: lot.id } })).recallState, "none");
    assert.deepEqual(
      (await outbox(recall.id)).map((o) => o.kind),
      ["recall", "lift_recall"],
    );
    const twice = await call(t.app, a.orgA.users.admin, "POST", `${url}/${recall.id}/lift`, {
      reason: "again",
    });
    assert.equal(twice.statusCode, 409);
    assert.equal((await outbox(recall.id)).length, 2);
    const redeclared = await call(t.app, a.orgA.users.admin, "POST", url, {
      lotId: lot.id,
      reason: "confirmed",
    });
    assert.equal(redeclared.statusCode, 201);
  });

  test("operators cannot recall; an empty reason is a 400 naming it; another organisation's lot is a 404", async () => {
    const lot = await newLot();
    const before = await t.db.prisma.recall.count();
    assert.equal(
      (await call(t.app, a.orgA.users.operator, "POST", url, { lotId: lot.id, reason: "x" })).statusCode,
      403,
    );
    const empty = await call(t.app, a.orgA.users.admin, "POST", url, { lotId: lot.id, reason: "  " });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().errors[0].field, "body.reason");
    const theirs = await newLot(a.orgB.id);
    const foreign = await call(t.app, a.orgA.users.admin, "POST", url, {
      lotId: theirs.id,
      reason: "sabotage",
    });
    assert.equal(foreign.statusCode, 404);
    assert.equal((await t.db.prisma.lot.findUniqueOrThrow({ where: { id: theirs.id } })).recallState, "none");
    assert.equal(await t.db.prisma.recall.count(), before);
  });

  test("another organisation's recall cannot be read or lifted", async () => {
    const theirs = await newLot(a.orgB.id);
    const recall = (
      await call(t.app, a.orgB.users.admin, "POST", `/orgs/${a.orgB.id}/recalls`, {
        lotId: theirs.id,
        reason: "B's",
      })
    ).json();
    assert.equal((await call(t.app, a.orgA.users.owner, "GET", `${url}/${recall.id}`)).statusCode, 404);
    const lift = await call(t.app, a.orgA.users.owner, "POST", `${url}/${recall.id}/lift`, {
      reason: "nope",
    });
    assert.equal(lift.statusCode, 404);
    assert.equal((await t.db.prisma.recall.findUniqueOrThrow({ where: { id: recall.id } })).status, "active");
  });

  test("list the organisation's recalls by status, newest first", async () => {
    const all = (await call(t.app, a.orgA.users.viewer, "GET", url)).json().items;
    assert.ok(all.length >= 4);
    assert.ok(all.every((r: { gtin: string }) => r.gtin === "09506000134352"));
    const lifted = (await call(t.app, a.orgA.users.viewer, "GET", `${url}?status=lifted`)).json().items;
    assert.deepEqual(
      lifted.map((r: { status: string }) => r.status),
      ["lifted"],
    );
    const dates = all.map((r: { declaredAt: string }) => r.declaredAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });
});
