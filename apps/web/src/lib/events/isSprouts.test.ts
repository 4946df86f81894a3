import assert from "node:assert/strict";
import { test } from "node:test";
import { isSprouts } from "./isSprouts";

test("sprouts are sprouted seeds, not Brussels sprouts", () => {
  assert.deepEqual(
    [
      "Alfalfa sprouts",
      "Mung bean sprouts",
      "Sprouted broccoli seeds",
      "Brussels sprouts",
      "Romaine",
      "",
    ].map(isSprouts),
    [true, true, true, false, false, false],
  );
});
