import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { computeLotKey } from "@tracemark/sdk";
import { indexerParameters, indexToHead, insertOrganization } from "../testing/localChain.ts";
import { fixtureLot, handOver, transform } from "../testing/recallFixtures.ts";
import { testDatabase, testLocalChain } from "../testing/suite.ts";

describe("recall.affects webhooks from the indexer", () => {
  const chain = testLocalChain();
  const db = testDatabase();

  test("queued once for each organisation holding a lot downstream when the recall is on chain, and once when it is lifted", async () => {
    const grower = await insertOrganization(db, chain.organizationId);
    const [roaster, distributor, stranger] = await Promise.all(
      ["Roaster", "Distributor", "Stranger"].map(
        async (name) => (await db.prisma.organization.create({ data: { name } })).id,
      ),
    );
    const orgs = { grower, roaster, distributor, stranger } as Record<string, string>;
    for (const organizationId of Object.values(orgs)) {
      await db.prisma.webhook.create({
        data: { organizationId, url: "http://127.0.0.1:9/hook", secret: "s", events: ["recall.affects"] },
      });
    }
    const beans = await fixtureLot(db, grower, "BEANS-9");
    const roast = await fixtureLot(db, roaster as string, "ROAST-9");
    await handOver(db, grower, roaster as string, beans, { received: true });
    await transform(db, roaster as string, [beans], [roast]);
    await handOver(db, roaster as string, distributor as string, roast);
    await fixtureLot(db, stranger as string, "OTHER-9");
    const recall = await db.prisma.recall.create({
      data: {
        organizationId: grower,
        lotId: beans.id,
        reason: "Aflatoxin",
        reasonHash: "0x00",
        chainStatus: "submitted",
      },
    });
    const lotKey = computeLotKey({ gtin: beans.gtin, lot: beans.lotCode });
    const params = indexerParameters(db, chain, { confirmations: 1 });
    const deliveries = async () => {
      const rows = await db.prisma.webhookDelivery.findMany({
        where: { event: "recall.affects" },
        include: { webhook: { select: { organizationId: true } } },
        orderBy: { id: "asc" },
      });
      const nameOf = new Map(Object.entries(orgs).map(([name, id]) => [id, name]));
      return rows.map((d) => {
        const payload = d.payload as {
          action: string;
          lots: { lot: string; relation: string }[];
          recalled: { lot: string };
        };
        return [
          nameOf.get(d.webhook.organizationId),
          payload.action,
          payload.recalled.lot,
          payload.lots.map((l) => `${l.lot}:${l.relation}`).join(","),
        ];
      });
    };

    await chain.declareRecall(lotKey, "Aflatoxin");
    await indexToHead(params);
    await chain.mine(3);
    await indexToHead(params);
    assert.deepEqual((await deliveries()).sort(), [
      ["distributor", "declared", "BEANS-9", "ROAST-9:received"],
      ["roaster", "declared", "BEANS-9", "BEANS-9:received,ROAST-9:owned"],
    ]);

    await db.prisma.recall.update({
      where: { id: recall.id },
      data: { status: "lifted", liftedAt: new Date() },
    });
    await chain.liftRecall(lotKey, "cleared");
    await indexToHead(params);
    await chain.mine(3);
    await indexToHead(params);
    const lifted = (await deliveries()).filter((d) => d[1] === "lifted");
    assert.deepEqual(lifted.map((d) => d[0]).sort(), ["distributor", "roaster"]);
  });
});
