import createClient from "openapi-fetch";
import { problemToError } from "./ApiError";
import type { paths } from "./generated/openapi";

export type ApiClientParameters = {
  /** Where the API's paths start: the API itself from this server, `/api/v1` (our proxy route) from the browser. */
  baseUrl: string;
  /** Sends a request and answers its response (e.g. with the visitor's headers set); `fetch` unless given. */
  send?: ((request: Request) => Promise<Response>) | undefined;
};

/**
 * A client of the Tracemark API typed by its OpenAPI document (`generated/openapi.ts`). Any answer
 * but success throws `ApiError` with the problem's words, so `data` is the answer's body (`dataOf`).
 * (The check is in openapi-fetch's `fetch` rather than middleware: its middleware ids come from
 * `Math.random()` before any request data is read, which Next.js refuses while prerendering.)
 *
 * @example
 * const api = apiClient({ baseUrl: "/api/v1" });
 * const { nonce } = await dataOf(api.GET("/auth/siwe/nonce"));
 */
export function apiClient({ baseUrl, send = (request) => fetch(request) }: ApiClientParameters) {
  return createClient<paths, "application/json">({
    baseUrl,
    headers: { accept: "application/json" },
    fetch: async (request) => {
      const response = await send(request);
      if (!response.ok) throw problemToError(response.status, await problemOf(response));
      return response;
    },
  });
}

/**
 * The body of an answer of an `apiClient` (which throws for any other answer than success).
 *
 * @example
 * const product = await dataOf(api.GET("/orgs/{orgId}/products/{productId}", { params: { path: { orgId, productId } } }));
 */
export async function dataOf<Data>(call: Promise<{ data?: Data; response: Response }>): Promise<Data> {
  return (await call).data as Data;
}

/** The body of an answer other than success: problem+json, or whatever else came. */
async function problemOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
