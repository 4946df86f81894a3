import "server-only";
import { cookies, headers as requestHeaders } from "next/headers";
import createClient, { type Middleware } from "openapi-fetch";
import { env } from "@/env";
import { visitorHeaders } from "@/lib/visitor/visitorHeaders";
import { ApiError, problemToError } from "./ApiError";
import type { paths } from "./generated/openapi";

/** The API's session cookie; the browser holds it for our origin, the server forwards it. */
export const SESSION_COOKIE = "tm_session";

const TIMEOUT_MS = 10_000;

/** The visitor's address (vouched for, see `visitorHeaders`) and browser, for the API's limits and audit trail. */
const asTheVisitor: Middleware = {
  async onRequest({ request }) {
    const incoming = await requestHeaders();
    for (const [name, value] of Object.entries(visitorHeaders(incoming))) request.headers.set(name, value);
    const userAgent = incoming.get("user-agent");
    if (userAgent) request.headers.set("user-agent", userAgent);
    return request;
  },
};

/** The visitor's session cookie, forwarded. */
const withTheirSession: Middleware = {
  async onRequest({ request }) {
    const session = (await cookies()).get(SESSION_COOKIE)?.value;
    if (session) request.headers.set("cookie", `${SESSION_COOKIE}=${session}`);
    return request;
  },
};

/** Any answer but success as an `ApiError`, its problem+json read into words. */
const problemsThrown: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return undefined;
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    throw problemToError(response.status, body);
  },
};

/** Never cached, given up after `TIMEOUT_MS`; an API that cannot be reached is an `ApiError` with status 0. */
async function fetchOnce(request: Request): Promise<Response> {
  try {
    return await fetch(request, { cache: "no-store", signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new ApiError(0, "The Tracemark API could not be reached", "Try again in a moment.", [], error);
  }
}

function client(...middleware: Middleware[]) {
  const made = createClient<paths>({
    baseUrl: env.API_URL,
    fetch: fetchOnce,
    headers: { accept: "application/json" },
  });
  made.use(...middleware);
  return made;
}

/**
 * The Tracemark API, typed by its OpenAPI document, called from the server as the visitor (their
 * session cookie forwarded). Any answer but success throws `ApiError`, so `data` is the answer's body.
 *
 * @example
 * const { data: product } = await api.GET("/orgs/{orgId}/products/{productId}", { params: { path: { orgId, productId } } });
 */
export const api = client(asTheVisitor, withTheirSession, problemsThrown);

/** `api` without the visitor's session: signing up and in, mailed links, the public record. */
export const publicApi = client(asTheVisitor, problemsThrown);

/**
 * The body of an answer of `api` (which throws for any other answer than success).
 *
 * @example
 * const product = await dataOf(api.GET("/orgs/{orgId}/products/{productId}", { params: { path: { orgId, productId } } }));
 */
export async function dataOf<Data>(call: Promise<{ data?: Data; response: Response }>): Promise<Data> {
  return (await call).data as Data;
}
