import type { Route } from "next";
import Link from "next/link";
import { type SearchParams, searchParam } from "@/lib/searchParam";

export type PageLinksProps = {
  /** The page's path, without its query. */
  path: string;
  /** The page's search parameters (its filters are kept from page to page). */
  search: SearchParams;
  /** The API's cursor of the next page; `null` on the last. */
  nextCursor: string | null;
  /** The search parameter carrying the cursor. */
  param?: string;
  /** What the list holds, for the links' accessible name: "lots". */
  noun: string;
};

/**
 * "Next page" and "First page" under a list the API pages by cursor: the cursor travels in the URL
 * (`?cursor=…`, with the list's filters), so every page can be linked and reloaded.
 *
 * @example
 * <PageLinks path={orgPath(orgId, "lots")} search={search} nextCursor={lots.nextCursor} noun="lots" />
 */
export function PageLinks({ path, search, nextCursor, param = "cursor", noun }: PageLinksProps) {
  const current = searchParam(search, param);
  if (!current && !nextCursor) return null;
  const hrefWith = (cursor: string | undefined) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(search)) {
      if (key !== param && typeof value === "string" && value !== "") query.set(key, value);
    }
    if (cursor) query.set(param, cursor);
    return (query.size > 0 ? `${path}?${query}` : path) as Route;
  };
  return (
    <nav className="row" aria-label={`Pages of ${noun}`} data-testid="page-links">
      {current && (
        <Link href={hrefWith(undefined)} className="btn btn-secondary">
          First page
        </Link>
      )}
      {nextCursor && (
        <Link href={hrefWith(nextCursor)} className="btn btn-secondary" rel="next">
          Next page →
        </Link>
      )}
    </nav>
  );
}
