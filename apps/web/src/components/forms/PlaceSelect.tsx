import Link from "next/link";
import type { ReactNode } from "react";
import type { Location } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";
import { SelectField } from "./SelectField";

/**
 * One of the organisation's locations, or not stated: by default where it happened
 * (`locationId`), with a link to add a location; `label`, `name` and a `hint` of its own for another place.
 */
export function PlaceSelect({
  orgId,
  places,
  initial,
  label = "Where",
  name = "locationId",
  hint = (
    <>
      <Link href={orgPath(orgId, "locations")}>Add a location</Link> to see it on the public map.
    </>
  ),
}: {
  orgId: string;
  places: Location[];
  initial?: string | undefined;
  label?: string;
  name?: string;
  hint?: ReactNode;
}) {
  return (
    <SelectField
      label={label}
      name={name}
      defaultValue={initial ?? ""}
      none="Not stated"
      options={places.map((l) => [l.id, `${l.name}${l.city ? ` (${l.city})` : ""}`] as const)}
      hint={hint}
    />
  );
}
