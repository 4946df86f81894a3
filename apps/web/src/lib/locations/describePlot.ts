import type { Location } from "@/lib/api/types";

/**
 * A location's EUDR plot in a few words: "Point", "Polygon, 4 corners" (the closing corner, which
 * repeats the first, not counted), or "—".
 *
 * @example
 * describePlot(location.plot); // "Polygon, 4 corners"
 */
export function describePlot(plot: Location["plot"]): string {
  if (plot?.type === "Polygon") return `Polygon, ${(plot.coordinates[0]?.length ?? 1) - 1} corners`;
  if (plot?.type === "Point") return "Point";
  return "—";
}
