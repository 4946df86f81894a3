import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/ActionForm";
import { LocationFields } from "@/components/forms/LocationFields";
import { updateLocationAction } from "@/lib/actions/locations";
import { apiRequest } from "@/lib/api/apiRequest";
import type { Location } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";

export const metadata: Metadata = { title: "Location" };

export default async function LocationPage({
  params,
}: PageProps<"/dashboard/[orgId]/locations/[locationId]">) {
  const { orgId, locationId } = await params;
  const location = await apiRequest<Location>(`/orgs/${orgId}/locations/${locationId}`);
  return (
    <>
      <div>
        <p className="muted">
          <Link href={orgPath(orgId, "locations")}>Locations</Link>
          {location.gln ? (
            <>
              {" "}
              / GLN <span className="mono">{location.gln}</span>
            </>
          ) : null}
        </p>
        <h1 className="page-title">{location.name}</h1>
      </div>
      <section className="card stack" aria-labelledby="edit-location">
        <h2 id="edit-location">Edit location</h2>
        <p className="muted">
          Events already recorded keep the place they named; the public page shows the name and coordinates as
          they are now.
        </p>
        <ActionForm
          action={updateLocationAction.bind(null, orgId, locationId)}
          submitLabel="Save location"
          aria-label="Edit location"
        >
          <LocationFields location={location} />
        </ActionForm>
      </section>
    </>
  );
}
