import "server-only";
import { cookies, headers as requestHeaders } from "next/headers";
import { env } from "@/env";
import { visitorHeaders } from "@/lib/visitor/visitorHeaders";
import { ApiError, problemToError } from "./ApiError";

/** The API's session cookie; the browser holds it for our origin, the server forwards it. */
export const SESSION_COOKIE = "tm_session";

export type ApiRequestOptions = {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with this content type (file uploads), instead of `body`. */
  raw?: { content: ArrayBuffer; contentType: string };
  /** Query parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Forward the visitor's session cookie (default true). */
  authenticated?: boolean;
  timeoutMs?: number;
};

/**
 * Calls the Tracemark API from the server, as the visitor (their session cookie forwarded), and
 * returns the parsed JSON. Throws `ApiError` for any non-2xx answer (problem+json read into words)
 * and for an API that cannot be reached (status 0).
 *
 * @example
 * const products = await apiRequest<Page<Product>>(`/orgs/${orgId}/products`, { query: { q: "coffee" } });
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { method = "GET", body, raw, query, authenticated = true, timeoutMs = 10_000 } = options;
  const url = new URL(`${env.API_URL}${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  const incoming = await requestHeaders();
  const headers: Record<string, string> = {
    accept: "application/json",
    ...visitorHeaders(incoming),
  };
  // The visitor's browser, for the audit trail's "from where".
  const userAgent = incoming.get("user-agent");
  if (userAgent) headers["user-agent"] = userAgent;
  if (body !== undefined) headers["content-type"] = "application/json";
  if (raw) headers["content-type"] = raw.contentType;
  if (authenticated) {
    const session = (await cookies()).get(SESSION_COOKIE)?.value;
    if (session) headers.cookie = `${SESSION_COOKIE}=${session}`;
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: raw ? raw.content : body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new ApiError(0, "The Tracemark API could not be reached", "Try again in a moment.", [], error);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw problemToError(response.status, parsed);
  return parsed as T;
}
