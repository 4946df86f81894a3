import { apiClient } from "./apiClient";

/**
 * The Tracemark API from the browser (a page or a worker), typed by its OpenAPI document: through
 * this origin's proxy route (`app/api/v1/[...path]`), so the session cookie the browser holds for
 * our origin goes along (same-origin) and nothing else does. Any answer but success throws `ApiError`
 * with the problem's words; a network failure is `fetch`'s own error.
 *
 * @example
 * const { nonce } = await dataOf(browserApi.GET("/auth/siwe/nonce", { cache: "no-store" }));
 */
export const browserApi = apiClient({
  baseUrl: "/api/v1",
  send: (request) => fetch(request, { credentials: "same-origin" }),
});
