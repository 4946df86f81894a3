import { z } from "zod";

const blockNumber = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(BigInt);

/** The body of the API's `GET /health`, sent with 200 when every check is ok, else with 503. */
export const apiHealthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  checks: z.object({
    database: z.object({
      ok: z.boolean(),
      latencyMs: z.number().nonnegative().optional(),
      error: z.string().optional(),
    }),
    chain: z.object({
      ok: z.boolean(),
      chainId: z.number().int().positive().optional(),
      blockNumber: blockNumber.optional(),
      error: z.string().optional(),
    }),
  }),
});

export type ApiHealth = z.infer<typeof apiHealthSchema>;

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
  let response: Response;
  try {
    response = await fetch(`${apiUrl}/health`, {
      cache: "no-store",
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { kind: "unreachable", reason: describeFetchError(error, timeoutMs) };
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { kind: "unexpected", httpStatus: response.status, reason: "the answer was not JSON" };
  }
  const parsed = apiHealthSchema.safeParse(body);
  if (!parsed.success) {
    return { kind: "unexpected", httpStatus: response.status, reason: "the answer was not a health report" };
  }
  return { kind: "reported", httpStatus: response.status, health: parsed.data };
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
