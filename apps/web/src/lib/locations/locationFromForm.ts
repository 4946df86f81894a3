import { nullable, text } from "@/lib/actions/formValues";
import type { ApiRequestBody, Location, Position } from "@/lib/api/types";
import { fieldErrorSentence } from "@/lib/format/problemWords";

/** The API's location body, as `POST /orgs/:orgId/locations` takes it (and `PATCH` in part). */
export type LocationBody = ApiRequestBody<"/orgs/{orgId}/locations", "post">;

export type LocationFromFormReturnType =
  | { body: LocationBody }
  | { error: string; fieldErrors: Record<string, string> };

const DECIMAL = /^-?\d+(\.\d+)?$/;
const decimals = (value: string) => value.split(".")[1]?.length ?? 0;

/**
 * The API's location body from the location form: empty fields are `null` (cleared), numbers are
 * checked to be decimals with at most 6 places (the API's EUDR precision), and the plot, one
 * "latitude, longitude" per line, becomes a GeoJSON Point or a closed Polygon ring ([longitude,
 * latitude] positions). Errors name the field, and for the plot the line, so the form says where.
 *
 * @example
 * const built = locationFromForm(formData);
 * if ("error" in built) return built;
 */
export function locationFromForm(formData: FormData): LocationFromFormReturnType {
  const fieldErrors: Record<string, string> = {};
  const coordinate = (name: "latitude" | "longitude") => {
    const value = text(formData, name);
    if (value === undefined) return null;
    if (!DECIMAL.test(value)) fieldErrors[name] = "must be a decimal number, e.g. 51.924";
    else if (decimals(value) > 6) fieldErrors[name] = "must have at most 6 decimal places";
    return Number(value);
  };
  const latitude = coordinate("latitude");
  const longitude = coordinate("longitude");
  const plot = plotOf(text(formData, "plotType"), text(formData, "plot"), fieldErrors);
  if (Object.keys(fieldErrors).length > 0) {
    return {
      error: Object.entries(fieldErrors)
        .map(([field, message]) => fieldErrorSentence({ field, message }))
        .join(" "),
      fieldErrors,
    };
  }
  return {
    body: {
      name: text(formData, "name") ?? "",
      gln: nullable(formData, "gln"),
      street: nullable(formData, "street"),
      city: nullable(formData, "city"),
      postalCode: nullable(formData, "postalCode"),
      region: nullable(formData, "region"),
      subdivision: text(formData, "subdivision")?.toUpperCase() ?? null,
      country: text(formData, "country")?.toUpperCase() ?? null,
      phone: nullable(formData, "phone"),
      fieldName: nullable(formData, "fieldName"),
      containerName: nullable(formData, "containerName"),
      latitude,
      longitude,
      plot,
      plotPublic: formData.get("plotPublic") === "on",
    },
  };
}

function plotOf(
  type: string | undefined,
  lines: string | undefined,
  fieldErrors: Record<string, string>,
): LocationBody["plot"] {
  if (!type) return null;
  const positions: Position[] = [];
  for (const [index, line] of (lines ?? "").split("\n").entries()) {
    if (!line.trim()) continue;
    const parts = line.trim().split(/[\s,;]+/);
    const [lat, lon] = parts;
    if (parts.length !== 2 || !lat || !lon || !DECIMAL.test(lat) || !DECIMAL.test(lon)) {
      fieldErrors.plot = `line ${index + 1}: give "latitude, longitude", e.g. 1.853, -76.051`;
      return null;
    }
    if (decimals(lat) > 6 || decimals(lon) > 6) {
      fieldErrors.plot = `line ${index + 1}: at most 6 decimal places`;
      return null;
    }
    positions.push([Number(lon), Number(lat)]);
  }
  if (type === "Point") {
    if (positions.length !== 1 || !positions[0]) {
      fieldErrors.plot = "a point is one line: latitude, longitude";
      return null;
    }
    return { type: "Point", coordinates: positions[0] };
  }
  const [first, last] = [positions[0], positions.at(-1)];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) positions.push(first);
  if (positions.length < 4) {
    fieldErrors.plot = "a polygon needs at least 3 corners, one per line";
    return null;
  }
  return { type: "Polygon", coordinates: [positions] };
}

/** A location's plot as the form shows it: one "latitude, longitude" per line (a polygon's ring, not closed). */
export function plotLines(plot: Location["plot"]): string {
  if (!plot) return "";
  const ring = plot.type === "Point" ? [plot.coordinates] : (plot.coordinates[0] ?? []).slice(0, -1);
  return ring.map(([lon, lat]) => `${lat}, ${lon}`).join("\n");
}
