import assert from "node:assert/strict";
import { test } from "node:test";
import { allOf, oneOf } from "./oneOf";

const states = ["none", "recalled"] as const;

test("a value the API allows is given back; any other is refused in words naming what is allowed", () => {
  assert.deepEqual(oneOf("recalled", states, "a recall state"), { value: "recalled" });
  assert.deepEqual(oneOf("shipped", states, "a recall state"), {
    error: "“shipped” is not a recall state: none or recalled.",
  });
  assert.deepEqual(oneOf("", ["city"], "a location level"), { error: "“” is not a location level: city." });
  assert.deepEqual(oneOf("x", ["a", "b", "c"], "a letter"), { error: "“x” is not a letter: a, b or c." });
});

test("a repeated field is given back when every value is allowed, else the first refused", () => {
  assert.deepEqual(allOf([], states, "a recall state"), { value: [] });
  assert.deepEqual(allOf(["none", "recalled"], states, "a recall state"), { value: ["none", "recalled"] });
  assert.deepEqual(allOf(["none", "lost", "gone"], states, "a recall state"), {
    error: "“lost” is not a recall state: none or recalled.",
  });
});
