import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { unlinkLinksMadeBeforeTheWriteRule } from "../../testing/events.ts";
import {
  type FixtureLot,
  fixtureLot,
  handOver,
  pack,
  recallLot,
  transform,
} from "../../testing/recallFixtures.ts";
import { testDatabase } from "../../testing/suite.ts";
import { pathTo, reachOfRecalls } from "./reachOfRecalls.ts";

describe("reachOfRecalls: what a recall reaches downstream", () => {
  const db = testDatabase();
  let grower: string;
  let roaster: string;
  let stranger: string;
  before(async () => {
    [grower, roaster, stranger] = (await Promise.all(
      ["Grower", "Roaster", "Stranger"].map(
        async (name) => (await db.prisma.organization.create({ data: { name } })).id,
      ),
    )) as [string, string, string];
  });

  const lotsOf = async (organizationId: string, count: number) => {
    const lots: FixtureLot[] = [];
    for (let i = 0; i < count; i++) lots.push(await fixtureLot(db, organizationId));
    return lots;
  };
  const reached = async (recallId: string, depth?: number) => {
    const steps = (await reachOfRecalls(db.prisma, { recallIds: [recallId], depth })).get(recallId) ?? [];
    return new Map(steps.map((s) => [s.lotId ?? s.value, s.depth]));
  };

  test("outputs at any depth, across a hand-over to another organisation; the stranger's claimed link does not count", async () => {
    const [beans, blend] = (await lotsOf(grower, 2)) as [FixtureLot, FixtureLot];
    const [roast, pack1] = (await lotsOf(roaster, 2)) as [FixtureLot, FixtureLot];
    const [theirs] = (await lotsOf(stranger, 1)) as [FixtureLot];
    await transform(db, grower, [beans], [blend]);
    await handOver(db, grower, roaster, blend, { received: true });
    await transform(db, roaster, [blend], [roast]);
    await transform(db, roaster, [roast], [pack1]);
    // The stranger never received the beans: its transformation of them (stored before the write rule) links nothing.
    await transform(db, stranger, [beans], [theirs]);
    await unlinkLinksMadeBeforeTheWriteRule(db);
    const recall = await recallLot(db, grower, beans);
    const depths = await reached(recall.id);
    assert.deepEqual(
      [beans, blend, roast, pack1].map((l) => depths.get(l.id)),
      [0, 1, 2, 3],
    );
    assert.equal(depths.has(theirs.id), false);
    const steps = (await reachOfRecalls(db.prisma, { recallIds: [recall.id] })).get(recall.id) ?? [];
    assert.deepEqual(
      pathTo(steps, { lotId: pack1.id, value: null }).map((s) => [s.lotId, s.via]),
      [
        [beans.id, null],
        [blend.id, "transformation"],
        [roast.id, "transformation"],
        [pack1.id, "transformation"],
      ],
    );
  });

  test("a cycle ends, each lot once at its least depth; a diamond reaches its foot once", async () => {
    const [x, y, z] = (await lotsOf(grower, 3)) as [FixtureLot, FixtureLot, FixtureLot];
    await transform(db, grower, [x], [y]);
    await transform(db, grower, [y], [x]);
    await transform(db, grower, [y], [z]);
    const cycle = await recallLot(db, grower, x);
    assert.deepEqual(Object.fromEntries(await reached(cycle.id)), { [x.id]: 0, [y.id]: 1, [z.id]: 2 });

    const [top, left, right, foot] = (await lotsOf(grower, 4)) as [
      FixtureLot,
      FixtureLot,
      FixtureLot,
      FixtureLot,
    ];
    await transform(db, grower, [top], [left]);
    await transform(db, grower, [top], [right]);
    await transform(db, grower, [left, right], [foot]);
    const diamond = await recallLot(db, grower, top);
    const steps = (await reachOfRecalls(db.prisma, { recallIds: [diamond.id] })).get(diamond.id) ?? [];
    assert.deepEqual(
      steps.filter((s) => s.lotId === foot.id).map((s) => s.depth),
      [2],
    );
    assert.equal(pathTo(steps, { lotId: foot.id, value: null }).length, 3);
  });

  test("the depth limit stops the walk", async () => {
    const chain = await lotsOf(grower, 6);
    for (let i = 0; i + 1 < chain.length; i++)
      await transform(db, grower, [chain[i] as FixtureLot], [chain[i + 1] as FixtureLot]);
    const recall = await recallLot(db, grower, chain[0] as FixtureLot);
    const depths = await reached(recall.id, 3);
    assert.deepEqual(
      chain.map((l) => depths.get(l.id)),
      [0, 1, 2, 3, undefined, undefined],
    );
    assert.equal((await reached(recall.id)).get((chain[5] as FixtureLot).id), 5);
  });

  test("aggregation: the pallet a recalled lot was packed onto is reached, and what is unpacked from it; its other children are not recalled by packing", async () => {
    const [recalled, neighbour, unpacked] = (await lotsOf(grower, 3)) as [FixtureLot, FixtureLot, FixtureLot];
    const pallet = "urn:epc:id:sscc:0614141.1234567890";
    await pack(db, grower, pallet, [recalled, neighbour]);
    await pack(db, grower, pallet, [unpacked], "DELETE");
    const recall = await recallLot(db, grower, recalled);
    const depths = await reached(recall.id);
    const palletKey = [...depths.keys()].find((k) => k?.includes("/00/"));
    assert.ok(palletKey, "the pallet is reached");
    assert.equal(depths.get(palletKey), 1);
    assert.equal(depths.get(unpacked.id), 2);
    assert.equal(depths.has(neighbour.id), false);
  });

  test("without ids, only active recalls are followed: a lifted recall reaches nothing", async () => {
    const [lot, made] = (await lotsOf(grower, 2)) as [FixtureLot, FixtureLot];
    await transform(db, grower, [lot], [made]);
    const recall = await recallLot(db, grower, lot);
    assert.ok((await reachOfRecalls(db.prisma)).has(recall.id));
    await db.prisma.recall.update({ where: { id: recall.id }, data: { status: "lifted" } });
    assert.equal((await reachOfRecalls(db.prisma)).has(recall.id), false);
  });
});
