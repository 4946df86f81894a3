import "server-only";
import createClient from "openapi-fetch";
import { env } from "@/env";
import type { paths } from "./generated/openapi";

/**
 * The Tracemark API from this server with nothing of the visitor's: no cookie, no address, no
 * browser, only the headers a call gives. For the resolver in the proxy (`src/proxy.ts`, which runs
 * before any page, outside `next/headers`), page-view counts and the health check, which each read
 * their own statuses: unlike `api`, an answer other than success is returned (`error`: its problem,
 * or the health report of a 503), not thrown; an API that cannot be reached rejects.
 *
 * @example
 * const { data, error, response } = await plainApi.GET("/public/414/{gln}", { params: { path: { gln } } });
 */
export const plainApi = createClient<paths>({
  baseUrl: env.API_URL,
  headers: { accept: "application/json" },
});
