import type { ApiRequestBody } from "@/lib/api/types";

/** How finely a step whose exact location is withheld is still placed: the API's levels (`PUT /orgs/:orgId/disclosure`). */
export type LocationLevel = NonNullable<ApiRequestBody<"/orgs/{orgId}/disclosure", "put">["locationLevel"]>;

/** Each level with its words, as the privacy form offers it; the form's action accepts these only. */
export const locationLevelWords = [
  ["country", "its country"],
  ["region", "its region (state, province)"],
  ["city", "its city and region"],
] as const satisfies readonly (readonly [LocationLevel, string])[];

export const locationLevels = locationLevelWords.map(([level]) => level);
