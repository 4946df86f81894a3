import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalEas } from "./canonicalEas.ts";

test("names Base's canonical EAS and SchemaRegistry, from the EAS package", () => {
  assert.deepEqual(canonicalEas(8453), {
    network: "base",
    eas: "0x4200000000000000000000000000000000000021",
    schemaRegistry: "0x4200000000000000000000000000000000000020",
  });
  assert.equal(canonicalEas(11155111)?.network, "sepolia");
});

test("has none for a chain where EAS is not canonical (the dev chain)", () => {
  assert.equal(canonicalEas(31337), undefined);
  assert.equal(canonicalEas(31338), undefined);
});
