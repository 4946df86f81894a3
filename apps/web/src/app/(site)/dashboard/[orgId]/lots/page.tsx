import type { Metadata } from "next";
import Link from "next/link";
import { LotTable } from "@/components/dashboard/LotTable";
import { PageLinks } from "@/components/dashboard/PageLinks";
import { Field } from "@/components/forms/Field";
import { FilterForm } from "@/components/forms/FilterForm";
import { SelectField } from "@/components/forms/SelectField";
import { api, dataOf } from "@/lib/api/api";
import type { ApiQuery } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { searchChoice, searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Lots" };

/** Lots per page. */
const PAGE = 50;

type LotsQuery = ApiQuery<"/orgs/{orgId}/lots", "get">;

/** The lot states the filter offers, with their words. */
const RECALL_STATES = [
  ["none", "Active"],
  ["recalled", "Recalled"],
] as const satisfies readonly (readonly [NonNullable<LotsQuery["recallState"]>, string])[];

export default async function LotsPage({ params, searchParams }: PageProps<"/dashboard/[orgId]/lots">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { role } = await requireOrgRole(orgId);
  const recallState = searchChoice(
    search,
    "recallState",
    RECALL_STATES.map(([state]) => state),
    "a lot state",
  );
  const filters = {
    q: searchParam(search, "q"),
    recallState: recallState.value,
    producedFrom: searchParam(search, "producedFrom"),
    producedTo: searchParam(search, "producedTo"),
  };
  const lots = await dataOf(
    api.GET("/orgs/{orgId}/lots", {
      params: {
        path: { orgId },
        query: { ...filters, limit: PAGE, cursor: searchParam(search, "cursor") },
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
      <FilterForm aria-label="Filter lots" submitLabel="Filter" refused={[recallState.error]}>
        <Field label="Lot code" name="q" defaultValue={filters.q} />
        <SelectField
          label="State"
          name="recallState"
          defaultValue={filters.recallState ?? ""}
          none="Any"
          options={RECALL_STATES}
        />
        <Field label="Produced from" type="date" name="producedFrom" defaultValue={filters.producedFrom} />
        <Field label="Produced to" type="date" name="producedTo" defaultValue={filters.producedTo} />
      </FilterForm>
      <LotTable orgId={orgId} lots={lots.items} showProduct={true} empty="No lots match." />
      <PageLinks path={orgPath(orgId, "lots")} search={search} nextCursor={lots.nextCursor} noun="lots" />
    </>
  );
}
