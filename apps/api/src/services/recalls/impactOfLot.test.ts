import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { computeCheckDigit } from "@tracemark/sdk";
import { testApp } from "../../testing/suite.ts";
import { impactOfLot } from "./impactOfLot.ts";

const WIDTH = 400;
const LAYERS = 25;

/**
 * A 10,001-lot graph written with set-based SQL: a root lot R, made into each of WIDTH lots of layer 1
 * (one transformation each); then every lot (k + 1, j) is made of lots (k, j) and (k, j + 1 mod
 * WIDTH): diamonds everywhere. The last layer's first lot is reworked into R: a cycle.
 */
describe("impactOfLot on a 10,000-node graph", () => {
  const t = testApp();
  let org: string;
  let root: string;
  const base = "095208888800";
  const gtin = `${base}${computeCheckDigit(base)}`;

  before(async () => {
    org = (await t.db.prisma.organization.create({ data: { name: "Layered" } })).id;
    const product = await t.db.prisma.product.create({
      data: { organizationId: org, gtin, name: "Layered" },
    });
    await t.db.prisma.$executeRaw`
      INSERT INTO lots (id, "organizationId", "productId", "lotCode", "updatedAt")
      SELECT gen_random_uuid(), ${org}::uuid, ${product.id}::uuid, code, now()
      FROM (SELECT 'R' AS code UNION ALL
            SELECT 'L' || k || '-' || j FROM generate_series(1, ${LAYERS}::int) k CROSS JOIN generate_series(0, ${WIDTH}::int - 1) j) c`;
    // Links: (input lot code, output lot code, event number).
    await t.db.prisma.$executeRaw`
      CREATE TEMP TABLE links AS
      SELECT 'R' AS input, 'L1-' || j AS output, j AS n FROM generate_series(0, ${WIDTH}::int - 1) j
      UNION ALL
      SELECT 'L' || k || '-' || ((j + d) % ${WIDTH}::int), 'L' || (k + 1) || '-' || j, k * ${WIDTH}::int + j
      FROM generate_series(1, ${LAYERS}::int - 1) k CROSS JOIN generate_series(0, ${WIDTH}::int - 1) j CROSS JOIN generate_series(0, 1) d
      UNION ALL
      SELECT 'L' || ${LAYERS}::int || '-0', 'R', ${LAYERS}::int * ${WIDTH}::int`;
    await t.db.prisma.$executeRaw`
      INSERT INTO events (id, "organizationId", "eventHash", leaf, type, "eventTime", "eventTimeZoneOffset", document, proof)
      SELECT md5('layered' || n)::uuid, ${org}::uuid, 'ni:///sha-256;' || encode(sha256(('layered' || n)::bytea), 'hex') || '?ver=CBV2.0',
             '0x' || encode(sha256(('leaf' || n)::bytea), 'hex'), 'TransformationEvent',
             timestamptz '2026-01-01 00:00:00+00' + n * interval '1 minute', '+00:00', '{}'::jsonb, '{}'::text[]
      FROM (SELECT DISTINCT n FROM links) e`;
    await t.db.prisma.$executeRaw`
      INSERT INTO event_identifiers ("eventId", role, value, "lotId")
      SELECT DISTINCT md5('layered' || x.n)::uuid, x.role::"IdentifierRole", 'https://id.gs1.org/01/' || ${gtin} || '/10/' || x.code, l.id
      FROM (SELECT n, 'inputQuantity' AS role, input AS code FROM links UNION ALL SELECT n, 'outputQuantity', output FROM links) x
      JOIN lots l ON l."lotCode" = x.code AND l."productId" = ${product.id}::uuid`;
    root = (await t.db.prisma.lot.findFirstOrThrow({ where: { productId: product.id, lotCode: "R" } })).id;
  });

  test("every lot downstream once, at its least depth, with a path as long as that depth", async () => {
    const report = await impactOfLot(t.db, { organizationId: org, lotId: root, depth: LAYERS });
    assert.equal(report.downstream.length, LAYERS * WIDTH);
    assert.equal(new Set(report.downstream.map((n) => n.id)).size, report.downstream.length);
    for (const node of report.downstream) {
      const layer = Number(/\/10\/L(\d+)-/.exec(node.id)?.[1]);
      assert.equal(node.depth, layer, node.id);
      assert.equal(node.path.length, layer + 1);
      assert.equal(node.path[0]?.id, report.lot.id);
    }
    assert.equal(report.truncated, false, "only R itself lies beyond, and it is not reported again");
    // The cycle: R is made of the last layer's first lot, made of two of the layer before, and so
    // on: k lots at depth k, up to the depth limit.
    assert.equal(report.upstream.length, (LAYERS * (LAYERS + 1)) / 2);
    for (const node of report.upstream) {
      const layer = Number(/\/10\/L(\d+)-/.exec(node.id)?.[1]);
      assert.equal(node.depth, LAYERS + 1 - layer, node.id);
    }
  });

  test("a depth limit keeps the nearest layers and says there is more", async () => {
    const report = await impactOfLot(t.db, { organizationId: org, lotId: root, depth: 3 });
    assert.equal(report.downstream.length, 3 * WIDTH);
    assert.ok(report.downstream.every((n) => n.depth <= 3));
    assert.equal(report.truncated, true);
  });
});
