import "server-only";
import { api, publicApi } from "./api";

export type ApiRequestOptions = {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  /** Query parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Forward the visitor's session cookie (default true). */
  authenticated?: boolean;
};

/** `api`'s `request` with the path and the answer left untyped. */
type Untyped = {
  request: (method: string, path: string, init: object) => Promise<{ data?: unknown }>;
};

/**
 * Calls the Tracemark API by a path the caller spells, through the same client as `api` (the
 * visitor's session forwarded, `ApiError` for any other answer than success), answering `T` unchecked.
 * Prefer `api`, typed by the API's OpenAPI document; this is for the calls not yet moved to it.
 *
 * @example
 * const products = await apiRequest<Page<Product>>(`/orgs/${orgId}/products`, { query: { q: "coffee" } });
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { method = "GET", body, query, authenticated = true } = options;
  const given = Object.entries(query ?? {}).filter(
    ([, value]) => value !== undefined && value !== null && value !== "",
  );
  const client = (authenticated ? api : publicApi) as unknown as Untyped;
  const { data } = await client.request(method, path, { params: { query: Object.fromEntries(given) }, body });
  return data as T;
}
