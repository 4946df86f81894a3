import Link from "next/link";
import type { Location } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";

/** Where it happened: one of the organisation's locations (`locationId`), or not stated. */
export function PlaceSelect({
  orgId,
  places,
  initial,
}: {
  orgId: string;
  places: Location[];
  initial?: string | undefined;
}) {
  return (
    <label className="field">
      <span>Where</span>
      <select className="input" name="locationId" defaultValue={initial ?? ""}>
        <option value="">Not stated</option>
        {places.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
            {l.city ? ` (${l.city})` : ""}
          </option>
        ))}
      </select>
      <small>
        <Link href={orgPath(orgId, "locations")}>Add a location</Link> to see it on the public map.
      </small>
    </label>
  );
}
