import type { Route } from "next";

/**
 * A dashboard URL of an organisation, e.g. `orgPath(orgId, "lots", lotId)` →
 * `/dashboard/<orgId>/lots/<lotId>`.
 */
export function orgPath(orgId: string, ...parts: string[]): Route {
  return `/dashboard/${orgId}${parts.map((p) => `/${encodeURIComponent(p)}`).join("")}` as Route;
}
