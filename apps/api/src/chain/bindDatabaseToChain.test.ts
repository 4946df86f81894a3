import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { migrate, openDatabase, readMigrations } from "@tracemark/db";
import type { Deployment } from "@tracemark/sdk";
import { randomHash } from "../testing/localChain.ts";
import { createAdmittedOrg } from "../testing/pipelineFixtures.ts";
import { testDatabase } from "../testing/suite.ts";
import { bindDatabaseToChain, ChainMismatchError } from "./bindDatabaseToChain.ts";

const deployment = JSON.parse(
  readFileSync(new URL("../../../../deployments/31337/addresses.json", import.meta.url), "utf8"),
) as Deployment;

describe("bindDatabaseToChain", () => {
  const db = testDatabase();

  test("the first start records the chain and gives earlier rows without one its id; another chain or schema is refused naming both", async () => {
    const organizationId = await createAdmittedOrg(db);
    const batch = await db.prisma.anchorBatch.create({
      data: { organizationId, root: randomHash(), eventCount: 1 },
    });
    assert.equal(batch.chainId, null);

    assert.deepEqual(await bindDatabaseToChain(db, { chainId: 31337, deployment }), { recorded: true });
    assert.equal((await db.prisma.anchorBatch.findUniqueOrThrow({ where: { id: batch.id } })).chainId, 31337);
    assert.deepEqual(await bindDatabaseToChain(db, { chainId: 31337, deployment }), { recorded: false });

    const otherUid = `0x${"ab".repeat(32)}` as const;
    await assert.rejects(
      bindDatabaseToChain(db, {
        chainId: 10,
        deployment: { ...deployment, chainId: 10, auditSchemaUid: otherUid },
      }),
      (error: unknown) => {
        assert.ok(error instanceof ChainMismatchError);
        assert.deepEqual(error.differences, [
          "chain id 31337 recorded, the node says 10",
          `audit schema UID ${deployment.auditSchemaUid} recorded, the deployment file says ${otherUid}`,
          "deployment chain id 31337 recorded, the deployment file says 10",
        ]);
        return true;
      },
    );
  });
});

test("the migration gives anchor batches already sent the chain id of their transaction", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "tracemark-chain-binding-"));
  const db = await openDatabase({ dataDir });
  try {
    const all = readMigrations();
    await migrate(
      db,
      all.filter((migration) => migration.name < "20261204230000_chain_binding"),
    );
    const organizationId = randomUUID();
    const batchId = randomUUID();
    await db.withSession(async (session) => {
      await session.exec(`
        INSERT INTO organizations (id, name, "updatedAt") VALUES ('${organizationId}', 'Before', now());
        INSERT INTO anchor_batches (id, "organizationId", root, "eventCount") VALUES ('${batchId}', '${organizationId}', '${randomHash()}', 1);
        INSERT INTO chain_transactions (id, "chainId", signer, nonce, kind, "refId", "to", data, "gasLimit", "maxFeePerGas", "maxPriorityFeePerGas", "updatedAt")
          VALUES ('${randomUUID()}', 8453, '0x01', 0, 'anchor_batch', '${batchId}', '0x02', '0x', 1, 1, 1, now());`);
    });
    await migrate(db, all);
    const [row] = await db.query<{ chainId: string }>(
      `SELECT "chainId"::text AS "chainId" FROM anchor_batches WHERE id = $1::uuid`,
      [batchId],
    );
    assert.equal(row?.chainId, "8453");
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
