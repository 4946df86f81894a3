import assert from "node:assert/strict";
import { test } from "node:test";
import { diffSchemaAgainstMigrations } from "./schemaDiff.ts";

test("the committed migrations build exactly schema.prisma (else: npm run migration:create)", async () => {
  assert.equal(await diffSchemaAgainstMigrations(), undefined);
});
