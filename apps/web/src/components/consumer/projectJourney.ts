import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";

export type MapPoint = { latitude: number; longitude: number; label: string };

export type ProjectJourneyReturnType = {
  viewBox: string;
  /** SVG path of the land in view. */
  land: string;
  points: { x: number; y: number; label: string }[];
  width: number;
  height: number;
};

const landFeature = feature(
  land110m as unknown as Topology<{ land: GeometryCollection }>,
  (land110m as unknown as Topology<{ land: GeometryCollection }>).objects.land,
) as unknown as { features: Feature<Polygon | MultiPolygon>[] };

const rings: Position[][] = landFeature.features.flatMap((f) =>
  f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat(),
);

/**
 * Frames the places of a journey on a bundled 1:110m world outline (Natural Earth via world-atlas),
 * in an equirectangular projection scaled by the cosine of the middle latitude, and returns SVG
 * paths: no map tiles, nothing fetched.
 *
 * @example
 * const map = projectJourney([{ latitude: 2.5, longitude: -75.5, label: "Huila" }]);
 */
export function projectJourney(points: MapPoint[]): ProjectJourneyReturnType {
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  let [south, north] = [Math.min(...lats), Math.max(...lats)];
  let [west, east] = [Math.min(...lons), Math.max(...lons)];
  const padLon = Math.max(8, (east - west) * 0.2);
  const padLat = Math.max(5, (north - south) * 0.2);
  west = Math.max(-180, west - padLon);
  east = Math.min(180, east + padLon);
  south = Math.max(-85, south - padLat);
  north = Math.min(85, north + padLat);
  const k = Math.cos((((north + south) / 2) * Math.PI) / 180);
  // Keep a landscape frame (about 16:9) around the points.
  let spanX = (east - west) * k;
  let spanY = north - south;
  if (spanX / spanY < 16 / 9) {
    const extra = ((spanY * 16) / 9 - spanX) / k / 2;
    west -= extra;
    east += extra;
    spanX = (east - west) * k;
  } else {
    const extra = ((spanX * 9) / 16 - spanY) / 2;
    south -= extra;
    north += extra;
    spanY = north - south;
  }
  const width = 640;
  const scale = width / spanX;
  const height = Math.round(spanY * scale);
  const project = ([lon, lat]: Position): [number, number] => [
    ((lon ?? 0) - west) * k * scale,
    (north - (lat ?? 0)) * scale,
  ];
  const parts: string[] = [];
  for (const ring of rings) {
    let inView = false;
    for (const [lon = 0, lat = 0] of ring) {
      if (lon >= west - 5 && lon <= east + 5 && lat >= south - 5 && lat <= north + 5) {
        inView = true;
        break;
      }
    }
    if (!inView) continue;
    // Whole units of the 640-wide frame (about half a pixel on a phone), each point relative to the
    // one before: the path is a third of its size at one decimal, and it is sent twice (the HTML and
    // React's payload).
    const numbers: number[] = [];
    let [previousX, previousY] = [Number.NaN, Number.NaN];
    for (const position of ring) {
      const [x, y] = project(position).map(Math.round) as [number, number];
      if (x === previousX && y === previousY) continue;
      numbers.push(...(numbers.length === 0 ? [x, y] : [x - previousX, y - previousY]));
      [previousX, previousY] = [x, y];
    }
    // A ring that rounds to a point or a line is too small to see at this scale.
    if (numbers.length < 6) continue;
    const [startX, startY, ...steps] = numbers;
    parts.push(`M${startX} ${startY}l${steps.join(" ")}z`.replaceAll(" -", "-"));
  }
  return {
    viewBox: `0 0 ${width} ${height}`,
    land: parts.join(""),
    points: points.map((p) => {
      const [x, y] = project([p.longitude, p.latitude]);
      return { x, y, label: p.label };
    }),
    width,
    height,
  };
}
