import assert from "node:assert/strict";
import { it } from "node:test";
import { compareCodePoints } from "./compareCodePoints.ts";

it("compareCodePoints sorts by code point, unlike UTF-16 order for astral characters", () => {
  const values = ["\uFF61", "\u{1F600}", "b", "B", "a{", "ab"];
  assert.deepEqual([...values].sort(compareCodePoints), ["B", "ab", "a{", "b", "\uFF61", "\u{1F600}"]);
  // UTF-16 order puts the surrogate pair of U+1F600 before U+FF61.
  assert.deepEqual([...values].sort(), ["B", "ab", "a{", "b", "\u{1F600}", "\uFF61"]);
});
