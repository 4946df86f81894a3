import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { computeLotKey } from "@tracemark/sdk";
import { registryIdOf } from "../services/orgs/platform.ts";
import {
  declareRecallThroughApi,
  type FixtureLot,
  fixtureLot,
  handOver,
  liftRecallThroughApi,
  transform,
} from "../testing/recallFixtures.ts";
import { testAppWithActors } from "../testing/suite.ts";

type Inherited = {
  recall: {
    recalled: boolean;
    inherited?: {
      organisation: { id: string; name: string };
      gtin: string;
      lot: string;
      lotKey: string;
      declaredAt: string;
    }[];
  };
  display: { recall: { inherited?: { lot: string; reason: string; organisation: string }[] } };
};

describe("public record of a lot made from a recalled lot", () => {
  const { t, a } = testAppWithActors();

  const record = async (lot: FixtureLot) => {
    const response = await t.app.inject({ method: "GET", url: `/public/01/${lot.gtin}/10/${lot.lotCode}` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as Inherited;
  };
  const declare = (lot: FixtureLot, reason: string) => declareRecallThroughApi(t, a.orgB, lot.id, reason);

  test("names the recalled input (organisation's registry id, lot key, reason) at once, also when read before; lifting removes it", async () => {
    const beans = await fixtureLot(t.db, a.orgB.id, "GROWN-1");
    const roast = await fixtureLot(t.db, a.orgA.id, "ROASTED-1");
    const blend = await fixtureLot(t.db, a.orgA.id, "BLEND-1");
    await handOver(t.db, a.orgB.id, a.orgA.id, beans, { received: true });
    await transform(t.db, a.orgA.id, [beans], [roast]);
    await transform(t.db, a.orgA.id, [roast], [blend]);
    const before = await record(blend);
    assert.equal(before.recall.inherited, undefined);

    const recallId = await declare(beans, "Aflatoxin above the limit");
    const after = await record(blend);
    assert.equal(after.recall.recalled, false, "the blend itself is not recalled");
    assert.deepEqual(after.recall.inherited, [
      {
        organisation: { id: await registryIdOf(t.db.prisma, a.orgB.id), name: "Org B" },
        gtin: beans.gtin,
        lot: "GROWN-1",
        lotKey: computeLotKey({ gtin: beans.gtin, lot: "GROWN-1" }),
        declaredAt: after.recall.inherited?.[0]?.declaredAt,
      },
    ]);
    assert.deepEqual(
      after.display.recall.inherited?.map((i) => [i.lot, i.reason, i.organisation]),
      [["GROWN-1", "Aflatoxin above the limit", "Org B"]],
    );

    await liftRecallThroughApi(t, a.orgB, recallId, "Re-test within the limit");
    assert.equal((await record(blend)).recall.inherited, undefined);
  });

  test("a link recorded after the recall reaches the lots already made downstream of it", async () => {
    const beans = await fixtureLot(t.db, a.orgB.id, "GROWN-2");
    const roast = await fixtureLot(t.db, a.orgB.id, "ROASTED-2");
    const blend = await fixtureLot(t.db, a.orgB.id, "BLEND-2");
    await transform(t.db, a.orgB.id, [roast], [blend]);
    await declare(beans, "Undeclared allergen");
    assert.equal((await record(blend)).recall.inherited, undefined);
    // The roast is recorded late as made from the recalled beans: the blend, read before, now names them.
    await transform(t.db, a.orgB.id, [beans], [roast]);
    assert.deepEqual(
      (await record(blend)).recall.inherited?.map((i) => i.lot),
      ["GROWN-2"],
    );
  });
});
