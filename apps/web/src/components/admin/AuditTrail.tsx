import type { Route } from "next";
import Link from "next/link";
import { DataTable } from "@/components/DataTable/DataTable";
import { FilterForm } from "@/components/forms/FilterForm";
import { SelectField } from "@/components/forms/SelectField";
import { api, dataOf } from "@/lib/api/api";
import type { ApiItem, ApiQuery } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { type SearchParams, searchChoice, searchParam } from "@/lib/searchParam";

type AuditEntry = ApiItem<"/orgs/{orgId}/audit-trail">;
type AuditQuery = ApiQuery<"/orgs/{orgId}/audit-trail", "get">;

const ENTITIES = [
  ["products", "Products"],
  ["lots", "Lots"],
  ["locations", "Locations"],
  ["memberships", "Members"],
  ["invitations", "Invitations"],
  ["api_keys", "API keys"],
  ["webhooks", "Webhooks"],
  ["organizations", "Organisation and settings"],
  ["auditors", "Auditors"],
  ["proof_points", "Proof points"],
] as const satisfies readonly (readonly [NonNullable<AuditQuery["entity"]>, string])[];
const ACTIONS = [
  ["create", "Created"],
  ["update", "Changed"],
  ["delete", "Deleted"],
] as const satisfies readonly (readonly [NonNullable<AuditQuery["action"]>, string])[];

const entityLabel = (entity: string) => ENTITIES.find(([value]) => value === entity)?.[1] ?? entity;
const shown = (value: unknown) =>
  value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);

export type AuditTrailProps = {
  /** The organisation whose trail (`/orgs/<id>/audit-trail`); without it, the platform's (`/admin/audit-trail`). */
  orgId?: string;
  /** This page's path, for the filter form and the page links. */
  pagePath: string;
  searchParams: SearchParams;
  /** Whether to show each record's organisation (the platform's trail). */
  showOrganization?: boolean;
};

/** One page of an audit trail, with filters, page links and a CSV download of everything the filters match. */
export async function AuditTrail({ orgId, pagePath, searchParams, showOrganization }: AuditTrailProps) {
  const entity = searchChoice(
    searchParams,
    "entity",
    ENTITIES.map(([value]) => value),
    "a kind of record",
  );
  const action = searchChoice(
    searchParams,
    "action",
    ACTIONS.map(([value]) => value),
    "a change",
  );
  const filters = { entity: entity.value, action: action.value };
  const cursor = searchParam(searchParams, "cursor");
  const trailQuery: AuditQuery = { ...filters, cursor, limit: 25 };
  const apiPath = orgId ? `/orgs/${orgId}/audit-trail` : "/admin/audit-trail";
  const page: { items: AuditEntry[]; nextCursor: string | null } = await dataOf(
    orgId
      ? api.GET("/orgs/{orgId}/audit-trail", { params: { path: { orgId }, query: trailQuery } })
      : api.GET("/admin/audit-trail", { params: { query: trailQuery } }),
  );
  const query = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined),
  );
  const csvHref = `/api/v1${apiPath}.csv${query.size ? `?${query}` : ""}`;
  const next = page.nextCursor
    ? `${pagePath}?${new URLSearchParams({ ...Object.fromEntries(query), cursor: page.nextCursor })}`
    : undefined;
  return (
    <div className="stack">
      <FilterForm
        aria-label="Filter the audit trail"
        action={pagePath}
        submitLabel="Filter"
        refused={[entity.error, action.error]}
        after={
          <a className="btn" href={csvHref} download>
            Download CSV
          </a>
        }
      >
        <SelectField
          label="What"
          name="entity"
          defaultValue={filters.entity ?? ""}
          none="Everything"
          options={ENTITIES}
        />
        <SelectField
          label="Change"
          name="action"
          defaultValue={filters.action ?? ""}
          none="Any"
          options={ACTIONS}
        />
      </FilterForm>
      <DataTable
        columns={["When", !!showOrganization && "Organisation", "Who", "What", "Change", "From where"]}
        items={page.items}
        empty={`No changes recorded${query.size ? " that match these filters" : ""}.`}
        row={(entry) => (
          <tr key={entry.id}>
            <td>{formatDate(entry.at)}</td>
            {showOrganization && <td>{entry.organizationName ?? "—"}</td>}
            <td>{entry.actor.name}</td>
            <td>
              {entityLabel(entry.entity)} · {ACTIONS.find(([value]) => value === entry.action)?.[1]}
              <br />
              <small className="mono muted">{entry.entityId}</small>
            </td>
            <td>
              <ul className="plain">
                {Object.entries(entry.changes).map(([field, { from, to }]) => (
                  <li key={field}>
                    <strong>{field}</strong>: {shown(from)} → {shown(to)}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {entry.ip ?? "—"}
              {entry.userAgent && (
                <>
                  <br />
                  <small className="muted">{entry.userAgent}</small>
                </>
              )}
            </td>
          </tr>
        )}
      />
      <nav className="row" aria-label="Pages">
        {cursor && <Link href={`${pagePath}${query.size ? `?${query}` : ""}` as Route}>Newest</Link>}
        {next && <Link href={next as Route}>Older changes</Link>}
      </nav>
    </div>
  );
}
