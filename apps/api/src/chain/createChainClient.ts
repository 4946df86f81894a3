import { createPublicClient, fallback, http, type PublicClient } from "viem";

export type CreateChainClientParameters = {
  /** JSON-RPC endpoints of one chain, in order of preference (RPC_URL, comma-separated). */
  rpcUrls: string[];
  /** How long one call to one endpoint may take before it counts as failed. */
  timeoutMs: number;
};

export type CreateChainClientReturnType = PublicClient;

/**
 * The API's chain client. With one endpoint it talks to it alone; with several, through viem's
 * `fallback` transport: a call an endpoint fails (down, 5xx, 429, timeout) goes to the next one,
 * and a call the chain itself refuses (a revert, a bad nonce) is not retried elsewhere. No retries
 * per endpoint: the pipeline's loops retry on their own schedule.
 *
 * @example
 * const chain = createChainClient({ rpcUrls: config.rpcUrls, timeoutMs: config.rpcTimeoutMs });
 */
export function createChainClient({
  rpcUrls,
  timeoutMs,
}: CreateChainClientParameters): CreateChainClientReturnType {
  const transports = rpcUrls.map((url) => http(url, { retryCount: 0, timeout: timeoutMs }));
  const [only] = transports;
  if (!only) throw new Error("createChainClient needs at least one RPC URL");
  return createPublicClient({
    transport: transports.length === 1 ? only : fallback(transports, { retryCount: 0 }),
  }) as PublicClient;
}
