import assert from "node:assert/strict";
import { test } from "node:test";
import { groupMarkers, markerText } from "./groupMarkers";
import { projectJourney } from "./projectJourney";

test("places at the same or nearly the same spot share one marker listing every step", () => {
  // The demo's journey: a farm, its packing house 2 km away, a port, and the farm again.
  const places = [
    { latitude: 2.5, longitude: -75.5, label: "Finca La Esperanza" },
    { latitude: 2.51, longitude: -75.49, label: "Packing house" },
    { latitude: 51.92, longitude: 4.48, label: "Rotterdam" },
    { latitude: 2.5, longitude: -75.5, label: "Finca La Esperanza (return)" },
  ];
  const map = projectJourney(places);
  const groups = groupMarkers(map.points);
  assert.deepEqual(
    groups.map((g) => g.numbers),
    [[1, 2, 4], [3]],
  );
  assert.deepEqual(groups[0]?.labels, ["Finca La Esperanza", "Packing house", "Finca La Esperanza (return)"]);
  assert.equal(markerText([1, 2, 4]), "1,2,4");
});

test("no two markers are drawn closer than a marker's width, and every place is in one", () => {
  const points = Array.from({ length: 60 }, (_, i) => ({
    x: (i * 37) % 200,
    y: (i * 53) % 120,
    label: `Place ${i + 1}`,
  }));
  const groups = groupMarkers(points, 26);
  for (const [i, a] of groups.entries()) {
    for (const b of groups.slice(i + 1)) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= 26);
  }
  assert.deepEqual(
    groups.flatMap((g) => g.numbers).sort((a, b) => a - b),
    points.map((_, i) => i + 1),
  );
});

test("a marker's text folds runs of steps", () => {
  assert.equal(markerText([3]), "3");
  assert.equal(markerText([1, 2]), "1,2");
  assert.equal(markerText([2, 3, 4, 5, 9]), "2–5,9");
});
