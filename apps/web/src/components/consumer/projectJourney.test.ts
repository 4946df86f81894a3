import assert from "node:assert/strict";
import { test } from "node:test";
import { projectJourney } from "./projectJourney.ts";

const colombiaToRotterdam = [
  { latitude: 1.853, longitude: -76.051, label: "Finca Aurora farm" },
  { latitude: 51.924, longitude: 4.478, label: "Rotterdam roastery" },
];

test("the land is a compact path of whole units, each ring closed (it is sent twice with the page)", () => {
  const map = projectJourney(colombiaToRotterdam);
  assert.equal(map.viewBox, "0 0 640 360");
  const rings = map.land.match(/M[^M]*/g) ?? [];
  assert.ok(rings.length > 10, `${rings.length} rings in view`);
  for (const ring of rings) assert.match(ring, /^M-?\d+(?: |(?=-))-?\d+l(-?\d+(?: |(?=-)))*-?\d+z$/);
  // At one decimal and absolute coordinates this frame's land took 33,119 characters.
  assert.ok(map.land.length < 15_000, `${map.land.length} characters`);
});

test("the points are placed in the frame, in journey order", () => {
  const map = projectJourney(colombiaToRotterdam);
  assert.deepEqual(
    map.points.map((p) => p.label),
    colombiaToRotterdam.map((p) => p.label),
  );
  for (const p of map.points) {
    assert.ok(p.x > 0 && p.x < map.width && p.y > 0 && p.y < map.height, `${p.label} in view`);
  }
  assert.ok((map.points[0]?.x ?? 0) < (map.points[1]?.x ?? 0), "west to east");
});
