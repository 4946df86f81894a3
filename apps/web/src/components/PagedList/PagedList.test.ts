import assert from "node:assert/strict";
import { test } from "node:test";
import "@/testing/cssModulesAsNames";

const { whereIn } = await import("./PagedList");
const { englishPagerWords } = await import("./englishPagerWords");

test("where the pager is, from the language's template with its numbers, or English from the noun", () => {
  const german = {
    locale: "de",
    earlier: "← Früher",
    later: "Später →",
    where: "Schritte {first}–{last} von {total}",
    label: "Seiten der Schritte",
  };
  assert.equal(whereIn(german, 1001, 1020, 1200), "Schritte 1.001–1.020 von 1.200");
  assert.equal(whereIn(englishPagerWords("events"), 21, 40, 1200), "Events 21–40 of 1,200");
  assert.equal(englishPagerWords("checked steps").label, "Pages of checked steps");
});
