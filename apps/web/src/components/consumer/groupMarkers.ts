export type MarkerPoint = { x: number; y: number; label: string };

export type MarkerGroup = {
  x: number;
  y: number;
  /** The journey numbers (1-based) of the places in this marker. */
  numbers: number[];
  labels: string[];
};

/**
 * Groups map points that would hide one another (closer than `minDistance`, in the map's units)
 * into one marker listing all their numbers, so no place of a journey is drawn under another. A
 * group sits where its first place is; every group is at least `minDistance` from every other.
 *
 * @example
 * groupMarkers([{ x: 10, y: 10, label: "Farm" }, { x: 12, y: 11, label: "Mill" }, { x: 300, y: 40, label: "Port" }])
 * // [{ x: 10, y: 10, numbers: [1, 2], labels: ["Farm", "Mill"] }, { x: 300, y: 40, numbers: [3], labels: ["Port"] }]
 */
export function groupMarkers(points: MarkerPoint[], minDistance = 26): MarkerGroup[] {
  const groups: MarkerGroup[] = [];
  points.forEach((point, i) => {
    const near = groups.find((g) => Math.hypot(g.x - point.x, g.y - point.y) < minDistance);
    if (near) {
      near.numbers.push(i + 1);
      near.labels.push(point.label);
    } else {
      groups.push({ x: point.x, y: point.y, numbers: [i + 1], labels: [point.label] });
    }
  });
  return groups;
}

/** A marker's text: "3", "1,4", or "2–5" for a run of three or more. */
export function markerText(numbers: number[]): string {
  const runs: string[] = [];
  let start = numbers[0];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i] as number;
    const next = numbers[i + 1];
    if (next === n + 1) continue;
    const from = start as number;
    runs.push(n - from >= 2 ? `${from}–${n}` : n === from ? `${n}` : `${from},${n}`);
    start = next;
  }
  return runs.join(",");
}
