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

/** `T` with its tuples read as arrays, as openapi-fetch types an answer (`Readable`, openapi-typescript-helpers). */
type ArraysOf<T> = T extends (infer Item)[]
  ? ArraysOf<Item>[]
  : T extends object
    ? { [K in keyof T]: ArraysOf<T[K]> }
    : T;

/**
 * `dataOf` for an answer whose declared type (`ApiResponse<…>`) has tuples, such as a GeoJSON
 * position's [lng, lat]: openapi-fetch types every array of an answer as a plain one, so its `data`
 * is checked against `Declared` read that way, and given back as declared.
 *
 * @example
 * const record = await declaredDataOf<ApiResponse<"/public/01/{gtin}/10/{lot}", "get">>(publicApi.GET("/public/01/{gtin}/10/{lot}", { params: { path: { gtin, lot } } }));
 */
export async function declaredDataOf<Declared>(
  call: Promise<{ data?: ArraysOf<Declared>; response: Response }>,
): Promise<Declared> {
  // The one cast the tuples need: the JSON is the declared type; only openapi-fetch's reading of it widens.
  return (await dataOf(call)) as Declared;
}
