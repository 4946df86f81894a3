import assert from "node:assert/strict";
import { test } from "node:test";
import { demoJourney } from "./demoStory";

test("the landing page's example is the demo lot's journey, dated where each step happened", () => {
  assert.deepEqual(demoJourney(), [
    { title: "Harvested", place: "Green Valley orchard, block 4, Wenatchee, WA", date: "1 Oct" },
    { title: "Packed", place: "Green Valley packhouse, Wenatchee, WA", date: "2 Oct" },
    { title: "Shipped", place: "Green Valley packhouse, Wenatchee, WA", date: "3 Oct" },
    { title: "Received", place: "FreshMart distribution centre, Seattle, WA", date: "3 Oct" },
  ]);
});
