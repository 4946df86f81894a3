import assert from "node:assert/strict";
import { test } from "node:test";
import { stepsInTimeOrder } from "./stepsInTimeOrder.ts";

const label = (items: ReturnType<typeof stepsInTimeOrder>) =>
  items.map((item) => `${item.kind === "shown" ? "S" : "H"}${item.step.index}`);

test("hidden steps go among the shown ones by their position, not after them", () => {
  const shown = [{ index: 1 }, { index: 0 }, { index: 2 }];
  const hidden = [
    { index: 0, position: 0 },
    { index: 1, position: 1 },
    { index: 2, position: 1 },
    { index: 3, position: 3 },
  ];
  assert.deepEqual(label(stepsInTimeOrder(shown, hidden)), ["H0", "S0", "H1", "H2", "S1", "S2", "H3"]);
});

test("only hidden steps, or none", () => {
  assert.deepEqual(label(stepsInTimeOrder([], [{ index: 0, position: 0 }])), ["H0"]);
  assert.deepEqual(label(stepsInTimeOrder([{ index: 0 }], [])), ["S0"]);
});
