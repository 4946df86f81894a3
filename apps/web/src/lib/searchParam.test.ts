import assert from "node:assert/strict";
import { test } from "node:test";
import { searchParam } from "./searchParam";

test("a search parameter given once and not empty, else undefined", () => {
  assert.equal(searchParam({ q: "coffee" }, "q"), "coffee");
  assert.equal(searchParam({ q: "" }, "q"), undefined);
  assert.equal(searchParam({}, "q"), undefined);
  assert.equal(searchParam({ q: ["a", "b"] }, "q"), undefined);
});
