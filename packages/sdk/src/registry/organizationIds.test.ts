import assert from "node:assert/strict";
import { test } from "node:test";
import {
  legacyRegistryOrgIdOf,
  newRegistryOrgId,
  publicRegistryOrgIdOf,
  registryOrgIdKey,
  unadmittedRegistryOrgId,
} from "./organizationIds.ts";

test("a new registry id is 16 random bytes in lower-case hex, never the same twice", () => {
  const a = newRegistryOrgId();
  assert.match(a, /^0x[0-9a-f]{32}$/);
  assert.notEqual(a, newRegistryOrgId());
});

test("a legacy registry id is the UUID's 16 bytes", () => {
  assert.equal(
    legacyRegistryOrgIdOf("2F0C8A4E-1B2C-4D3E-8F90-0123456789AB"),
    "0x2f0c8a4e1b2c4d3e8f900123456789ab",
  );
});

test("registry ids compare in lower case; an unadmitted organisation is named by bytes16 zero", () => {
  assert.equal(registryOrgIdKey("0xABcd"), "0xabcd");
  assert.equal(publicRegistryOrgIdOf(null), unadmittedRegistryOrgId);
  assert.equal(publicRegistryOrgIdOf("0x12"), "0x12");
});
