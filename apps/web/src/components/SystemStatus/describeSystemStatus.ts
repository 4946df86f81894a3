import type { ApiHealth, GetApiHealthReturnType } from "@/lib/api/getApiHealth";

/** How a part of the system is doing: each tone has its own colour, icon and words. */
export type Tone = "ok" | "degraded" | "down" | "unknown";

export type StatusRow = { name: string; tone: Tone; state: string; detail: string };

export type SystemStatusView = { tone: Tone; headline: string; summary: string; rows: StatusRow[] };

export type DescribeSystemStatusParameters = {
  result: GetApiHealthReturnType;
  /** The chain of the API's deployment (unknown while it cannot be had); a node on another chain is a fault. */
  expectedChainId: number | undefined;
};

const numberFormat = new Intl.NumberFormat("en-US");

/**
 * Turns the API's health answer into the words the status panel shows, one row per part.
 *
 * @example
 * describeSystemStatus({ result: { kind: "unreachable", reason: "connection refused" }, expectedChainId: 31337 })
 *   .headline; // "API unreachable"
 */
export function describeSystemStatus({
  result,
  expectedChainId,
}: DescribeSystemStatusParameters): SystemStatusView {
  if (result.kind !== "reported") {
    const unknown = "Not known while the API cannot be asked";
    const apiRow: StatusRow =
      result.kind === "unreachable"
        ? { name: "API", tone: "down", state: "Unreachable", detail: `No answer: ${result.reason}` }
        : {
            name: "API",
            tone: "down",
            state: "Unexpected answer",
            detail: `HTTP ${result.httpStatus}: ${result.reason}`,
          };
    return {
      tone: "down",
      headline: result.kind === "unreachable" ? "API unreachable" : "API answered unexpectedly",
      summary:
        "This web app cannot get a health report from the Tracemark API, so pages with live data will not load until it is back.",
      rows: [
        apiRow,
        { name: "Database", tone: "unknown", state: "Unknown", detail: unknown },
        { name: "Chain", tone: "unknown", state: "Unknown", detail: unknown },
      ],
    };
  }

  const { database, chain } = result.health.checks;
  const rows: StatusRow[] = [
    {
      name: "API",
      tone: "ok",
      state: "Operational",
      detail:
        result.health.status === "ok"
          ? `Answering requests (HTTP ${result.httpStatus})`
          : `Answering, and reporting the fault below (HTTP ${result.httpStatus})`,
    },
    database.ok
      ? {
          name: "Database",
          tone: "ok",
          state: "Operational",
          detail:
            database.latencyMs === undefined
              ? "Answering queries"
              : `Answered in ${numberFormat.format(Math.round(database.latencyMs))} ms`,
        }
      : { name: "Database", tone: "down", state: "Unavailable", detail: database.error ?? "No reason given" },
    describeChain(chain, expectedChainId),
  ];
  const healthy = rows.every((row) => row.tone === "ok");
  return {
    tone: healthy ? "ok" : "degraded",
    headline: healthy ? "All systems operational" : "Degraded service",
    summary: healthy
      ? "The API, its database and the chain are all answering."
      : "Some parts of Tracemark are not working right now; the rows below say which.",
    rows,
  };
}

function describeChain(chain: ApiHealth["checks"]["chain"], expectedChainId: number | undefined): StatusRow {
  if (!chain.ok) {
    return { name: "Chain", tone: "down", state: "Unreachable", detail: chain.error ?? "No reason given" };
  }
  if (chain.chainId !== undefined && expectedChainId !== undefined && chain.chainId !== expectedChainId) {
    return {
      name: "Chain",
      tone: "degraded",
      state: "Wrong chain",
      detail: `The API's node is on chain ${chain.chainId}, but its contracts are on chain ${expectedChainId}`,
    };
  }
  const parts = [`Chain ${chain.chainId ?? expectedChainId}`];
  if (chain.blockNumber !== undefined) parts.push(`block ${numberFormat.format(BigInt(chain.blockNumber))}`);
  return { name: "Chain", tone: "ok", state: "Operational", detail: parts.join(" · ") };
}
