import assert from "node:assert/strict";
import { test } from "node:test";
import { lowerRole, ROLES, roleAtLeast } from "./roles.ts";

test("each role may do all that a lower one may, and nothing a higher one may", () => {
  for (const [rank, role] of ROLES.entries())
    for (const [minimumRank, minimum] of ROLES.entries())
      assert.equal(roleAtLeast(role, minimum), rank >= minimumRank, `${role} at least ${minimum}`);
  assert.equal(roleAtLeast("operator", "admin"), false);
  assert.equal(roleAtLeast("owner", "viewer"), true);
});

test("the lower of two roles, in either order", () => {
  assert.equal(lowerRole("owner", "operator"), "operator");
  assert.equal(lowerRole("viewer", "admin"), "viewer");
  assert.equal(lowerRole("admin", "admin"), "admin");
});
