import { eventTypes } from "@tracemark/sdk";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ApiError } from "@/lib/api/ApiError";
import { api, dataOf } from "@/lib/api/api";
import type { FoundLots } from "@/lib/api/traceSearch";
import type { ApiQuery } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";
import { searchChoice, searchParam } from "@/lib/searchParam";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Trace search" };

type SearchQuery = ApiQuery<"/orgs/{orgId}/lots/search", "get">;

/**
 * Trace search: the lots the organisation owns or received, by product, lot code, business
 * transaction, place, dates and event type, grouped by organisation, each with its impact report.
 */
export default async function SearchPage({ params, searchParams }: PageProps<"/dashboard/[orgId]/search">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  await requireOrgRole(orgId);
  const value = (name: string) => searchParam(search, name)?.trim() || undefined;
  const filters = {
    product: value("product"),
    lotCode: value("lotCode"),
    bizTransaction: value("bizTransaction"),
    location: value("location"),
    from: value("from"),
    to: value("to"),
    eventType: value("eventType"),
  };
  const given = Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined);
  const eventType = searchChoice(search, "eventType", eventTypes, "an event type");
  let found: FoundLots | undefined;
  let problem = eventType.error;
  if (given.length > 0 && problem === undefined) {
    try {
      const query: SearchQuery = {
        ...filters,
        from: filters.from && `${filters.from}T00:00:00Z`,
        to: filters.to && `${filters.to}T23:59:59.999Z`,
        eventType: eventType.value,
        cursor: value("cursor"),
      };
      found = await dataOf(api.GET("/orgs/{orgId}/lots/search", { params: { path: { orgId }, query } }));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 400) throw error;
      problem = error.message;
    }
  }
  const next =
    found?.nextCursor &&
    (`${orgPath(orgId, "search")}?${new URLSearchParams([...given, ["cursor", found.nextCursor]]).toString()}` as Route);
  return (
    <>
      <PageIntro title="Trace search">
        Your lots and the lots shipped to you, by what you know: a product, a lot code, a purchase order,
        invoice or bill of lading, a place, dates, an event type. Fill in any of them.
      </PageIntro>
      <form className="row card" aria-label="Search lots">
        <Field label="Product (GTIN or name)" name="product" defaultValue={filters.product} />
        <Field label="Lot code" name="lotCode" defaultValue={filters.lotCode} />
        <Field
          label="Purchase order, invoice or bill of lading"
          name="bizTransaction"
          defaultValue={filters.bizTransaction}
        />
        <Field label="Place (GLN or name)" name="location" defaultValue={filters.location} />
        <Field label="From" type="date" name="from" defaultValue={filters.from} />
        <Field label="To" type="date" name="to" defaultValue={filters.to} />
        <SelectField
          label="Event type"
          name="eventType"
          defaultValue={filters.eventType}
          none="Any"
          options={eventTypes.map((type) => [type, type.replace(/Event$/, "")] as const)}
        />
        <button type="submit" className="btn">
          Search
        </button>
      </form>
      {problem && (
        <p role="alert" className="card">
          {problem}
        </p>
      )}
      {found && found.groups.length === 0 && <p className="empty">No lots match.</p>}
      {found?.groups.map((group) => (
        <section
          key={`${group.organisation}-${group.relation}-${group.lots[0]?.lotId}`}
          aria-label={`Lots of ${group.organisation}`}
          data-testid="search-group"
        >
          <h2>
            {group.organisation}{" "}
            <span className="badge" data-tone={group.relation === "owned" ? "ok" : "unknown"}>
              {group.relation === "owned" ? "Your lots" : "Received by you"}
            </span>
          </h2>
          <DataTable
            columns={["Product", "GTIN", "Lot", "Quantity", "Impact"]}
            items={group.lots}
            row={(lot) => (
              <tr key={lot.lotId}>
                <td>{lot.productName}</td>
                <td className="mono">{lot.gtin}</td>
                <td>
                  <Link href={orgPath(orgId, "lots", lot.lotId)}>{lot.lotCode}</Link>
                </td>
                <td>{lot.quantity ? `${lot.quantity} ${lot.unit ?? ""}` : "—"}</td>
                <td>
                  <Link href={orgPath(orgId, "lots", lot.lotId, "impact")}>Impact report</Link>
                </td>
              </tr>
            )}
          />
        </section>
      ))}
      {next && (
        <Link href={next} className="btn btn-secondary">
          Next page
        </Link>
      )}
    </>
  );
}
