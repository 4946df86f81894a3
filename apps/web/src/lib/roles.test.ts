import assert from "node:assert/strict";
import { test } from "node:test";
import { holdersOf, roleAtLeast } from "./roles";

test("each role may do what a lower one may, and no more", () => {
  assert.equal(roleAtLeast("owner", "admin"), true);
  assert.equal(roleAtLeast("admin", "admin"), true);
  assert.equal(roleAtLeast("operator", "admin"), false);
  assert.equal(roleAtLeast("viewer", "operator"), false);
  assert.equal(roleAtLeast("viewer", "viewer"), true);
});

test("who holds a role, in words", () => {
  assert.equal(holdersOf("operator"), "operators, admins and owners");
  assert.equal(holdersOf("admin"), "admins and owners");
  assert.equal(holdersOf("owner"), "owners");
});
