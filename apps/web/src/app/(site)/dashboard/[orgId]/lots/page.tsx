import type { Metadata } from "next";
import Link from "next/link";
import { LotTable } from "@/components/dashboard/LotTable";
import { PageLinks } from "@/components/dashboard/PageLinks";
import { Field } from "@/components/forms/Field";
import { FilterForm } from "@/components/forms/FilterForm";
import { api, dataOf } from "@/lib/api/api";
import type { ApiQuery } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Lots" };

/** Lots per page. */
const PAGE = 50;

type LotsQuery = ApiQuery<"/orgs/{orgId}/lots", "get">;

export default async function LotsPage({ params, searchParams }: PageProps<"/dashboard/[orgId]/lots">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const filters = {
    q: searchParam(search, "q"),
    recallState: searchParam(search, "recallState"),
    producedFrom: searchParam(search, "producedFrom"),
    producedTo: searchParam(search, "producedTo"),
  };
  const lots = await dataOf(
    api.GET("/orgs/{orgId}/lots", {
      params: {
        path: { orgId },
        // Passed on as given: the API refuses any other recall state with a 400 naming it.
        query: { ...filters, limit: PAGE, cursor: searchParam(search, "cursor") } as LotsQuery,
      },
    }),
  );
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Lots</h1>
        {roleAtLeast(role, "operator") && (
          <Link href={orgPath(orgId, "products")} className="btn btn-secondary">
            New lot (choose a product)
          </Link>
        )}
      </div>
      <FilterForm aria-label="Filter lots" submitLabel="Filter">
        <Field label="Lot code" name="q" defaultValue={filters.q} />
        <label className="field">
          <span>State</span>
          <select className="input" name="recallState" defaultValue={filters.recallState ?? ""}>
            <option value="">Any</option>
            <option value="none">Active</option>
            <option value="recalled">Recalled</option>
          </select>
        </label>
        <Field label="Produced from" type="date" name="producedFrom" defaultValue={filters.producedFrom} />
        <Field label="Produced to" type="date" name="producedTo" defaultValue={filters.producedTo} />
      </FilterForm>
      <LotTable orgId={orgId} lots={lots.items} showProduct={true} empty="No lots match." />
      <PageLinks path={orgPath(orgId, "lots")} search={search} nextCursor={lots.nextCursor} noun="lots" />
    </>
  );
}
