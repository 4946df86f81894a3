import { locationUri } from "@tracemark/sdk";
import type { Location } from "./types";

/**
 * Names of locations by the identifiers events carry for them: our URN (`urn:tracemark:location:<id>`,
 * for places without a GLN) and, with a GLN, its Digital Link (`https://id.gs1.org/414/<gln>`).
 *
 * @example
 * placeNames(locations)["urn:tracemark:location:2f0c…"] // "Rotterdam roastery"
 */
export function placeNames(locations: Location[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const l of locations) {
    names[locationUri({ id: l.id })] = l.name;
    if (l.gln) names[locationUri({ gln: l.gln })] = l.name;
  }
  return names;
}
