import assert from "node:assert/strict";
import { test } from "node:test";
import { holdersOf } from "./roles";

test("who holds a role, in words", () => {
  assert.equal(holdersOf("operator"), "operators, admins and owners");
  assert.equal(holdersOf("admin"), "admins and owners");
  assert.equal(holdersOf("owner"), "owners");
});
