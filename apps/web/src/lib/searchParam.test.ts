import assert from "node:assert/strict";
import { test } from "node:test";
import { searchChoice, searchParam } from "./searchParam";

test("a search parameter given once and not empty, else undefined", () => {
  assert.equal(searchParam({ q: "coffee" }, "q"), "coffee");
  assert.equal(searchParam({ q: "" }, "q"), undefined);
  assert.equal(searchParam({}, "q"), undefined);
  assert.equal(searchParam({ q: ["a", "b"] }, "q"), undefined);
});

test("a search parameter that must be one of the allowed values: absent, allowed or refused in words", () => {
  const states = ["none", "recalled"] as const;
  assert.deepEqual(searchChoice({}, "recallState", states, "a recall state"), { value: undefined });
  assert.deepEqual(searchChoice({ recallState: "none" }, "recallState", states, "a recall state"), {
    value: "none",
  });
  assert.deepEqual(searchChoice({ recallState: "lost" }, "recallState", states, "a recall state"), {
    error: "“lost” is not a recall state: none or recalled.",
  });
});
