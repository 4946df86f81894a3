import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { call } from "../../testing/actors.ts";
import { uniqueGln } from "../../testing/captureFixtures.ts";
import {
  declareRecallThroughApi,
  type FixtureLot,
  fixtureLot,
  handOver,
  liftRecallThroughApi,
  transform,
} from "../../testing/recallFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("GET /orgs/:orgId/recalls/affecting", () => {
  const { t, a } = testAppWithActors();

  const affecting = async (org: "orgA" | "orgB") => {
    const response = await call(t.app, a[org].users.viewer, "GET", `/orgs/${a[org].id}/recalls/affecting`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json().items as {
      recall: { id: string; lotCode: string; reason: string; organisation: string; own: boolean };
      lot: { id: string; lotCode: string; relation: string };
      path: { lotCode: string | null; via: string | null }[];
      received: { from: string; status: string }[];
      lastLocation: { name: string | null } | null;
    }[];
  };
  const declare = (org: "orgA" | "orgB", lot: FixtureLot, reason: string) =>
    declareRecallThroughApi(t, a[org], lot.id, reason);

  test("B recalls a lot it shipped to A: A sees the lot it received and the lot it made of it, with the path, the hand-over and the place; lifting clears it", async () => {
    const beans = await fixtureLot(t.db, a.orgB.id, "BEANS-1");
    const roast = await fixtureLot(t.db, a.orgA.id, "ROAST-1");
    const gln = uniqueGln();
    await t.db.prisma.location.create({ data: { organizationId: a.orgB.id, name: "B's warehouse", gln } });
    await handOver(t.db, a.orgB.id, a.orgA.id, beans, {
      received: true,
      readPoint: `https://id.gs1.org/414/${gln}`,
    });
    await transform(t.db, a.orgA.id, [beans], [roast]);
    assert.deepEqual(await affecting("orgA"), []);

    const recallId = await declare("orgB", beans, "Salmonella in a retained sample");
    const items = await affecting("orgA");
    assert.deepEqual(
      items.map((i) => [i.recall.id, i.recall.lotCode, i.lot.lotCode, i.lot.relation, i.recall.own]),
      [
        [recallId, "BEANS-1", "BEANS-1", "received", false],
        [recallId, "BEANS-1", "ROAST-1", "owned", false],
      ],
    );
    const [received, made] = items as [(typeof items)[number], (typeof items)[number]];
    assert.equal(made.recall.reason, "Salmonella in a retained sample");
    assert.equal(made.recall.organisation, "Org B");
    assert.deepEqual(
      made.path.map((p) => [p.lotCode, p.via]),
      [
        ["BEANS-1", null],
        ["ROAST-1", "transformation"],
      ],
    );
    assert.deepEqual(
      received.received.map((r) => [r.from, r.status]),
      [["Org B", "completed"]],
    );
    assert.equal(received.lastLocation?.name, "B's warehouse");
    // The recalling organisation is not told about its own recalled lot.
    assert.deepEqual(await affecting("orgB"), []);

    await liftRecallThroughApi(t, a.orgB, recallId, "Re-test negative");
    assert.deepEqual(await affecting("orgA"), []);
  });

  test("an organisation sees only recalls reaching its lots: A's recall of a lot it kept is not B's business", async () => {
    const kept = await fixtureLot(t.db, a.orgA.id, "KEPT-1");
    const derived = await fixtureLot(t.db, a.orgA.id, "DERIVED-1");
    await transform(t.db, a.orgA.id, [kept], [derived]);
    const recallId = await declare("orgA", kept, "Foreign body");
    assert.deepEqual(await affecting("orgB"), []);
    assert.deepEqual(
      (await affecting("orgA")).map((i) => [i.recall.id, i.lot.lotCode, i.recall.own]),
      [[recallId, "DERIVED-1", true]],
    );
  });
});
