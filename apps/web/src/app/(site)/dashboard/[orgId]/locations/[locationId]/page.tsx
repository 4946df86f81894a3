import type { Metadata } from "next";
import Link from "next/link";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { LocationFields } from "@/components/forms/LocationFields";
import { updateLocationAction } from "@/lib/actions/locations";
import { api, dataOf } from "@/lib/api/api";
import { orNotFound } from "@/lib/api/orNotFound";
import { describePlot } from "@/lib/locations/describePlot";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Location" };

export default async function LocationPage({
  params,
}: PageProps<"/dashboard/[orgId]/locations/[locationId]">) {
  const { orgId, locationId } = await params;
  const { role } = await requireOrgRole(orgId);
  const location = await orNotFound(
    dataOf(api.GET("/orgs/{orgId}/locations/{locationId}", { params: { path: { orgId, locationId } } })),
  );
  if (!roleAtLeast(role, "operator")) {
    return (
      <>
        <div>
          <p className="muted">
            <Link href={orgPath(orgId, "locations")}>Locations</Link>
          </p>
          <h1 className="page-title">{location.name}</h1>
        </div>
        <section className="card stack" aria-labelledby="location-details">
          <h2 id="location-details">Details</h2>
          <dl className="stack" style={{ margin: 0 }}>
            {(
              [
                ["GLN", location.gln ?? "—"],
                [
                  "Address",
                  [location.street, location.postalCode, location.city, location.region, location.country]
                    .filter(Boolean)
                    .join(", ") || "—",
                ],
                [
                  "Coordinates",
                  location.latitude !== null && location.longitude !== null
                    ? `${location.latitude}, ${location.longitude}`
                    : "—",
                ],
                ["EUDR plot", describePlot(location.plot)],
              ] as const
            ).map(([term, value]) => (
              <div key={term}>
                <dt className="muted">{term}</dt>
                <dd style={{ margin: 0 }}>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <RoleRequired minimum="operator" role={role} to="edit locations" />
      </>
    );
  }
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
