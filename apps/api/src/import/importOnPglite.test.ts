import assert from "node:assert/strict";
import { test } from "node:test";
import { csvOf } from "../testing/importFixtures.ts";
import { testEmbeddedDatabase } from "../testing/suite.ts";
import { failStrandedImport, STRANDED_IMPORT_PROBLEM } from "./failStrandedImport.ts";
import { startImport } from "./startImport.ts";

// The embedded database (PGlite, the default of `npm start`) has one connection, which the writing
// phase's transaction holds: the job's progress must not wait for it from outside.
const db = testEmbeddedDatabase();

test("an import finishes on PGlite, its progress written without waiting for its own transaction", async () => {
  const org = await db.prisma.organization.create({ data: { name: "Embedded" } });
  const product = await db.prisma.product.create({
    data: { organizationId: org.id, gtin: "09520123456788", name: "Olive oil" },
  });
  const { job, done } = await startImport(db, {
    organizationId: org.id,
    kind: "lots",
    format: "csv",
    content: Buffer.from(
      csvOf(
        ["gtin", "lot"],
        [
          [product.gtin, "P1"],
          [product.gtin, "P2"],
        ],
      ),
    ),
    createMissing: false,
    maxRows: 100,
    onFault: (error) => assert.fail(String(error)),
  });
  await done;
  const finished = await db.prisma.import.findUniqueOrThrow({ where: { id: job.id } });
  assert.equal(finished.phase, "succeeded", JSON.stringify(finished.problems));
  assert.equal(finished.writtenRows, 2);
  assert.equal(await db.prisma.lot.count({ where: { productId: product.id } }), 2);
});

test("on PGlite, a job this process is not running (left by one that stopped) is failed as stranded, a running one is not", async () => {
  const org = await db.prisma.organization.create({ data: { name: "Restarted" } });
  const left = await db.prisma.import.create({
    data: { organizationId: org.id, kind: "products", format: "csv", phase: "writing" },
  });
  const { job, done } = await startImport(db, {
    organizationId: org.id,
    kind: "products",
    format: "csv",
    content: Buffer.from(csvOf(["gtin", "name"], [["09520123456795", "Honey"]])),
    createMissing: false,
    maxRows: 10,
    onFault: (error) => assert.fail(String(error)),
  });
  assert.equal(await failStrandedImport(db, { organizationId: org.id, importId: job.id }), false);
  await done;
  assert.equal((await db.prisma.import.findUniqueOrThrow({ where: { id: job.id } })).phase, "succeeded");
  assert.equal(await failStrandedImport(db, { organizationId: org.id, importId: left.id }), true);
  const failed = await db.prisma.import.findUniqueOrThrow({ where: { id: left.id } });
  assert.equal(failed.phase, "failed");
  assert.deepEqual(failed.problems, [STRANDED_IMPORT_PROBLEM]);
});
