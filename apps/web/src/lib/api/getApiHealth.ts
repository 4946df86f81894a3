import "server-only";
import { z } from "zod";
import { plainApi } from "./plainApi";
import type { ApiResponse } from "./types";

/** The body of the API's `GET /health`, sent with 200 when every check is ok, else with 503. */
export type ApiHealth = ApiResponse<"/health", "get">;

const failed = z.object({ ok: z.literal(false), error: z.string() });

/** `ApiHealth`, checked at run time: whatever answers at the API's URL may be something else. */
export const apiHealthSchema: z.ZodType<ApiHealth> = z.object({
  status: z.enum(["ok", "degraded"]),
  checks: z.object({
    database: z.discriminatedUnion("ok", [z.object({ ok: z.literal(true), latencyMs: z.number() }), failed]),
    chain: z.discriminatedUnion("ok", [
      z.object({
        ok: z.literal(true),
        chainId: z.number().int().positive(),
        blockNumber: z.string().regex(/^\d+$/),
        latencyMs: z.number(),
      }),
      failed,
    ]),
  }),
});

export type GetApiHealthParameters = {
  /** Base URL of the API, without a trailing slash. */
  apiUrl: string;
  /** Give up after this long, so that a hanging API cannot hang the page. */
  timeoutMs?: number;
};

export type GetApiHealthReturnType =
  | { kind: "reported"; httpStatus: number; health: ApiHealth }
  | { kind: "unreachable"; reason: string }
  | { kind: "unexpected"; httpStatus: number; reason: string };

/**
 * Asks the API how it is doing. Never throws: an API that cannot be reached, or that answers
 * something other than a health report, is a result too, so that pages can say so in words.
 *
 * @example
 * const result = await getApiHealth({ apiUrl: "http://127.0.0.1:4000" });
 * if (result.kind === "reported") console.log(result.health.checks.chain.blockNumber);
 */
export async function getApiHealth({
  apiUrl,
  timeoutMs = 3000,
}: GetApiHealthParameters): Promise<GetApiHealthReturnType> {
  let status = 0;
  let body: unknown;
  try {
    const answer = await plainApi.GET("/health", {
      baseUrl: apiUrl,
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
      fetch: async (request) => {
        const response = await fetch(request);
        status = response.status;
        return response;
      },
    });
    body = answer.data ?? answer.error;
  } catch (error) {
    if (status === 0) return { kind: "unreachable", reason: describeFetchError(error, timeoutMs) };
    return { kind: "unexpected", httpStatus: status, reason: "the answer was not JSON" };
  }
  const parsed = apiHealthSchema.safeParse(body);
  if (!parsed.success) {
    return { kind: "unexpected", httpStatus: status, reason: "the answer was not a health report" };
  }
  return { kind: "reported", httpStatus: status, health: parsed.data };
}

const networkErrorReasons: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
};

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? error.cause : undefined;
  if (!(cause instanceof Error)) return "network error";
  const code = "code" in cause ? String(cause.code) : undefined;
  return (code && networkErrorReasons[code]) || cause.message || "network error";
}
