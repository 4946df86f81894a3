import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import { PageLinks } from "@/components/dashboard/PageLinks";
import { ForRole } from "@/components/dashboard/RoleRequired";
import { Field } from "@/components/forms/Field";
import { FilterForm } from "@/components/forms/FilterForm";
import { FormCard } from "@/components/forms/FormCard";
import { LocationFields } from "@/components/forms/LocationFields";
import { createLocationAction } from "@/lib/actions/locations";
import { api, dataOf } from "@/lib/api/api";
import { describePlot } from "@/lib/locations/describePlot";
import { orgPath } from "@/lib/orgPath";
import { searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/locations">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const q = searchParam(search, "q");
  const locations = await dataOf(
    api.GET("/orgs/{orgId}/locations", {
      params: {
        path: { orgId },
        query: {
          q,
          limit: 50,
          cursor: searchParam(search, "cursor"),
        },
      },
    }),
  );
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Locations</h1>
      </div>
      <p className="muted">Farms, plants, warehouses and shops. Coordinates put them on the public map.</p>
      <FilterForm aria-label="Search locations" submitLabel="Search">
        <Field label="Name or GLN" name="q" defaultValue={q} />
      </FilterForm>
      <DataTable
        columns={["Name", "GLN", "Place", "Coordinates", "Plot"]}
        items={locations.items}
        empty="No locations yet."
        row={(l) => (
          <tr key={l.id}>
            <td>
              <Link href={orgPath(orgId, "locations", l.id)}>{l.name}</Link>
            </td>
            <td className="mono">{l.gln ?? "—"}</td>
            <td>{[l.city, l.country].filter(Boolean).join(", ") || "—"}</td>
            <td className="mono">
              {l.latitude !== null && l.longitude !== null ? `${l.latitude}, ${l.longitude}` : "—"}
            </td>
            <td>{describePlot(l.plot)}</td>
          </tr>
        )}
      />
      <PageLinks
        path={orgPath(orgId, "locations")}
        search={search}
        nextCursor={locations.nextCursor}
        noun="locations"
      />
      <ForRole minimum="operator" role={role} to="add or edit locations">
        <FormCard
          id="new-location"
          title="Add a location"
          action={createLocationAction.bind(null, orgId)}
          submitLabel="Add location"
        >
          <LocationFields />
        </FormCard>
      </ForRole>
    </>
  );
}
