import "server-only";
import { cookies, headers as requestHeaders } from "next/headers";
import createClient from "openapi-fetch";
import { env } from "@/env";
import { visitorHeaders } from "@/lib/visitor/visitorHeaders";
import { ApiError, problemToError } from "./ApiError";
import type { paths } from "./generated/openapi";

/** The API's session cookie; the browser holds it for our origin, the server forwards it. */
export const SESSION_COOKIE = "tm_session";

const TIMEOUT_MS = 10_000;

/** The body of an answer other than success: problem+json, or whatever else came. */
async function problemOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends a request as the visitor: their address (vouched for, see `visitorHeaders`) and browser, for
 * the API's limits and audit trail, and their session cookie when `session`. Never cached, given up
 * after `TIMEOUT_MS`. Any answer but success is an `ApiError` with the problem's words; an API that
 * cannot be reached, one with status 0. (This is openapi-fetch's `fetch` rather than middleware:
 * its middleware ids come from `Math.random()` before any request data is read, which Next.js refuses
 * while prerendering.)
 */
function asTheVisitor({ session }: { session: boolean }) {
  return async (request: Request): Promise<Response> => {
    const incoming = await requestHeaders();
    for (const [name, value] of Object.entries(visitorHeaders(incoming))) request.headers.set(name, value);
    const userAgent = incoming.get("user-agent");
    if (userAgent) request.headers.set("user-agent", userAgent);
    const cookie = session ? (await cookies()).get(SESSION_COOKIE)?.value : undefined;
    if (cookie) request.headers.set("cookie", `${SESSION_COOKIE}=${cookie}`);
    let response: Response;
    try {
      response = await fetch(request, { cache: "no-store", signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new ApiError(0, "The Tracemark API could not be reached", "Try again in a moment.", [], error);
    }
    if (!response.ok) throw problemToError(response.status, await problemOf(response));
    return response;
  };
}

function client(session: boolean) {
  return createClient<paths, "application/json">({
    baseUrl: env.API_URL,
    fetch: asTheVisitor({ session }),
    headers: { accept: "application/json" },
  });
}

/**
 * The Tracemark API, typed by its OpenAPI document, called from the server as the visitor (their
 * session cookie forwarded). Any answer but success throws `ApiError`, so `data` is the answer's body.
 *
 * @example
 * const { data: product } = await api.GET("/orgs/{orgId}/products/{productId}", { params: { path: { orgId, productId } } });
 */
export const api = client(true);

/** `api` without the visitor's session: signing up and in, mailed links, the public record. */
export const publicApi = client(false);

/**
 * The body of an answer of `api` (which throws for any other answer than success).
 *
 * @example
 * const product = await dataOf(api.GET("/orgs/{orgId}/products/{productId}", { params: { path: { orgId, productId } } }));
 */
export async function dataOf<Data>(call: Promise<{ data?: Data; response: Response }>): Promise<Data> {
  return (await call).data as Data;
}
