import "server-only";
import { cookies, headers as requestHeaders } from "next/headers";
import { env } from "@/env";
import { visitorHeaders } from "@/lib/visitor/visitorHeaders";
import { ApiError } from "./ApiError";
import { apiClient } from "./apiClient";

export { dataOf } from "./apiClient";

/** The API's session cookie; the browser holds it for our origin, the server forwards it. */
export const SESSION_COOKIE = "tm_session";

const TIMEOUT_MS = 10_000;

/**
 * Sends a request as the visitor: their address (vouched for, see `visitorHeaders`) and browser, for
 * the API's limits and audit trail, and their session cookie when `session`. Never cached, given up
 * after `TIMEOUT_MS`; an API that cannot be reached is an `ApiError` with status 0.
 */
function asTheVisitor({ session }: { session: boolean }) {
  return async (request: Request): Promise<Response> => {
    const incoming = await requestHeaders();
    for (const [name, value] of Object.entries(visitorHeaders(incoming))) request.headers.set(name, value);
    const userAgent = incoming.get("user-agent");
    if (userAgent) request.headers.set("user-agent", userAgent);
    const cookie = session ? (await cookies()).get(SESSION_COOKIE)?.value : undefined;
    if (cookie) request.headers.set("cookie", `${SESSION_COOKIE}=${cookie}`);
    try {
      return await fetch(request, { cache: "no-store", signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new ApiError(0, "The Tracemark API could not be reached", "Try again in a moment.", [], error);
    }
  };
}

function client(session: boolean) {
  return apiClient({ baseUrl: env.API_URL, send: asTheVisitor({ session }) });
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
