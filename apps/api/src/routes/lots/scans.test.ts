import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Credentials, call } from "../../testing/actors.ts";
import { createLot } from "../../testing/captureFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

describe("scan counts", () => {
  const { t, a } = testAppWithActors();

  const view = (gtin: string, lot: string, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: `/public/01/${gtin}/10/${encodeURIComponent(lot)}/scans`,
      headers: { "x-forwarded-for": "203.0.113.7", "user-agent": "Mozilla/5.0 (iPhone)", ...extra },
    });

  /** A lot's scan counts (`GET /orgs/:orgId/lots/:lotId/scans`) as `who`. */
  const scansOf = (who: Credentials, orgId: string, lotId: string, query = "") =>
    call(t.app, who, "GET", `/orgs/${orgId}/lots/${lotId}/scans${query}`);

  test("a view is counted in its lot's bucket for the day, with nothing about the visitor", async () => {
    const { lot, gtin, lotCode } = await createLot(t, a.orgA.id, "SCAN-1");
    for (let i = 0; i < 4; i++) assert.equal((await view(gtin, lotCode)).statusCode, 204);
    const rows = await t.db.prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT * FROM "lot_scan_days" WHERE "lotId" = ${lot.id}::uuid`;
    assert.equal(rows.length, 1);
    assert.deepEqual(Object.keys(rows[0] ?? {}).sort(), ["day", "lotId", "views"]);
    assert.equal(rows[0]?.views, 4);

    const scans = await scansOf(a.orgA.users.viewer, a.orgA.id, lot.id, "?days=7");
    assert.equal(scans.statusCode, 200, scans.body);
    const body = scans.json();
    assert.equal(body.total, 4);
    assert.equal(body.days.length, 7);
    assert.deepEqual(body.days.at(-1), { date: new Date().toISOString().slice(0, 10), views: 4 });
    assert.ok(body.days.slice(0, -1).every((d: { views: number }) => d.views === 0));
  });

  test("no count answers with a Set-Cookie, and an unknown lot or a bad GTIN writes nothing", async () => {
    const { gtin, lotCode } = await createLot(t, a.orgA.id, "SCAN-2");
    const counted = await view(gtin, lotCode);
    assert.equal(counted.headers["set-cookie"], undefined);
    const before = await t.db.prisma.lotScanDay.count();
    const unknown = await view(gtin, "NO-SUCH-LOT");
    assert.equal(unknown.statusCode, 404, unknown.body);
    assert.match(String(unknown.headers["content-type"]), /problem\+json/);
    const badGtin = await view("09506000134353", lotCode);
    assert.ok([400, 422].includes(badGtin.statusCode), badGtin.body);
    assert.match(String(badGtin.headers["content-type"]), /problem\+json/);
    // A body needs a caller: an anonymous one is refused before it is read.
    const withBody = await t.app.inject({
      method: "POST",
      url: `/public/01/${gtin}/10/${lotCode}/scans`,
      payload: { views: 1000 },
    });
    assert.equal(withBody.statusCode, 401, withBody.body);
    assert.equal(await t.db.prisma.lotScanDay.count(), before);
  });

  test("only the lot's owner reads its counts: another organisation gets 404 through its own path", async () => {
    const { lot } = await createLot(t, a.orgA.id, "SCAN-3");
    const other = await scansOf(a.orgB.users.owner, a.orgB.id, lot.id);
    assert.equal(other.statusCode, 404, other.body);
    const cross = await scansOf(a.orgB.users.owner, a.orgA.id, lot.id);
    assert.ok([403, 404].includes(cross.statusCode), cross.body);
    const tooLong = await scansOf(a.orgA.users.viewer, a.orgA.id, lot.id, "?days=5000");
    assert.equal(tooLong.statusCode, 400, tooLong.body);
  });
});
