import type { Metadata } from "next";
import Link from "next/link";
import { PageLinks } from "@/components/dashboard/PageLinks";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ActionForm } from "@/components/forms/ActionForm";
import { LocationFields } from "@/components/forms/LocationFields";
import { createLocationAction } from "@/lib/actions/locations";
import { apiRequest } from "@/lib/api/apiRequest";
import type { Location, Page } from "@/lib/api/types";
import { describePlot } from "@/lib/locations/describePlot";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage({
  params,
  searchParams,
}: PageProps<"/dashboard/[orgId]/locations">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const q = typeof search.q === "string" && search.q ? search.q : undefined;
  const locations = await apiRequest<Page<Location>>(`/orgs/${orgId}/locations`, {
    query: { q, limit: 50, cursor: typeof search.cursor === "string" ? search.cursor : undefined },
  });
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Locations</h1>
      </div>
      <p className="muted">Farms, plants, warehouses and shops. Coordinates put them on the public map.</p>
      <form className="row" aria-label="Search locations">
        <label className="field">
          <span>Name or GLN</span>
          <input className="input" name="q" defaultValue={q} />
        </label>
        <button type="submit" className="btn btn-secondary">
          Search
        </button>
      </form>
      {locations.items.length === 0 ? (
        <p className="empty">No locations yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">GLN</th>
                <th scope="col">Place</th>
                <th scope="col">Coordinates</th>
                <th scope="col">Plot</th>
              </tr>
            </thead>
            <tbody>
              {locations.items.map((l) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageLinks
        path={orgPath(orgId, "locations")}
        search={search}
        nextCursor={locations.nextCursor}
        noun="locations"
      />
      {roleAtLeast(role, "operator") ? (
        <section className="card stack" aria-labelledby="new-location">
          <h2 id="new-location">Add a location</h2>
          <ActionForm
            action={createLocationAction.bind(null, orgId)}
            submitLabel="Add location"
            aria-label="Add a location"
          >
            <LocationFields />
          </ActionForm>
        </section>
      ) : (
        <RoleRequired minimum="operator" role={role} to="add or edit locations" />
      )}
    </>
  );
}
